/**
 * The saved progress of a self-check: written after every answer so that stopping at any moment
 * (Ctrl-C, a closed terminal) loses nothing, and read back with distrust, since it is a file the user
 * can edit. A refused file is never touched. Answers are keyed by question id with the canonical hash
 * of each question's definition, so a newer catalogue keeps exactly the answers whose questions did not change.
 */
import { EVIDENCE_LEVELS, type Catalogue } from '../catalogue/catalogue-types.js';
import { MONUMENT_REGISTERS, type ClaimProof, type GivenAnswer, type MonumentRegister, type WrittenAdvice } from '../answers/answers-types.js';
import { writtenAdviceOf } from '../answers/advice-rules.js';
import { checkSavedAdvice } from './saved-advice.js';
import { canonicalHash } from '../canonical/canonical-json.js';
import { YAML_FILE_LIMIT, parseYamlDocument } from '../yaml/yaml-document.js';
import { readUserFile } from '../files/read-user-file.js';
import { writeFileAtomically } from '../files/write-file-atomically.js';
import type { Problem } from '../problems/problem.js';
import type { FlowCode, FlowParams, flowMessages } from './flow-messages.js';
import { hasErrors } from '../problems/problem.js';
import { UserError } from '../problems/errors.js';
import { isEvidenceLevel } from './step-checks.js';
import { keptAnswers, keptDecisions, savedDefinitions } from './saved-answers.js';
import { checkSavedReasons } from './saved-reasons.js';
import type { ClaimDecision, ExceptionDecision, FlowAnswers, FlowMeta, RefusalDecision } from './flow-answers.js';
import type { ProblemOf } from '../i18n/message-map.js';

export const STATE_FORMAT = 'pkvw-light/check-state@1';

/** The file as written. `checksum` is the canonical hash of everything else: a hand edit shows. */
interface SavedState {
  format: typeof STATE_FORMAT;
  savedAt: string;
  catalogue: { id: string; version: string; hash: string };
  /** The advice as an answers file writes it. */
  meta: Pick<FlowMeta, 'kind' | 'date' | 'subject'> & { advice?: WrittenAdvice };
  answers: Record<string, GivenAnswer>;
  /** Canonical hash of each definition the saved answers and decisions rest on, by `question:ID` / `exception:ID`. */
  definitions: Record<string, string>;
  decisions: Record<string, ExceptionDecision>;
  skipped: string[];
  /** Absent in a file saved before the advice step existed: the step is then asked. */
  adviceAnswered?: boolean;
  /** By requirement id, what was decided at the refusal step; absent in a file saved before the step existed (the step is then asked). */
  refusals?: Record<string, RefusalDecision>;
  /** Reasons kept to offer again while the refusal step is asked anew; absent when there are none. */
  earlierReasons?: Record<string, string>;
  /** Claims kept to offer again while the exception step is asked anew; absent when there are none. */
  earlierClaims?: Record<string, ClaimDecision>;
  checksum: string;
}

export interface LoadedState {
  flow: FlowAnswers;
  /** Questions whose answers were dropped because the catalogue changed them: they are asked again. */
  changedQuestions: string[];
  /** The catalogue version the state was saved against. */
  savedVersion: string;
  /**
   * What was dropped on reading, located (warnings): a refusal reason or a claim's words that fail
   * the rule, whose basic is then asked again. The rest of the saved check is kept.
   */
  notices: Problem[];
  /**
   * Against a changed catalogue, why the saved advice was dropped (its step is then asked again):
   * one located warning per part that no longer fits, naming the part and the catalogue id it
   * names, never the reference or the date. Empty when the advice was kept or there was none.
   */
  changedAdvice: Problem[];
}

/** The file text for the current progress. */
export function renderState(catalogue: Catalogue, flow: FlowAnswers, savedAt: Date): string {
  const definitions = savedDefinitions(catalogue, flow);
  // The advice as an answers file writes it (a check always dates it).
  const advice = flow.meta.advice === undefined ? undefined : writtenAdviceOf(flow.meta.advice);
  const body = {
    format: STATE_FORMAT as typeof STATE_FORMAT,
    savedAt: savedAt.toISOString(),
    catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash },
    meta: { kind: flow.meta.kind, date: flow.meta.date, subject: { role: flow.meta.subject.role }, ...(advice === undefined ? {} : { advice }) },
    answers: flow.values,
    definitions,
    decisions: flow.decisions,
    skipped: flow.skipped,
    ...(flow.adviceAnswered === undefined ? {} : { adviceAnswered: flow.adviceAnswered }),
    ...(flow.refusals === undefined ? {} : { refusals: flow.refusals }),
    ...(flow.earlierReasons === undefined ? {} : { earlierReasons: flow.earlierReasons }),
    ...(flow.earlierClaims === undefined ? {} : { earlierClaims: flow.earlierClaims }),
  };
  const state: SavedState = { ...body, checksum: canonicalHash(body) };
  return JSON.stringify(state, null, 2) + '\n';
}

/**
 * A problem of the reader as the state file's: a control character, a lone surrogate or a size over
 * a limit is well-formed JSON that no text we read may hold (a reason, a reference), said as such;
 * only what really is no JSON is called damage, with the reader's detail when it has one.
 */
function stateReadProblem(p: Problem): Problem {
  if (p.code === 'yaml-control-character') return { ...p, code: 'flow-state-control-character', params: {} } satisfies ProblemOf<typeof flowMessages>;
  if (p.code === 'yaml-not-unicode') return { ...p, code: 'flow-state-not-unicode', params: {} } satisfies ProblemOf<typeof flowMessages>;
  if (p.code === 'yaml-limit' || p.code === 'yaml-too-large') return { ...p, code: 'flow-state-limit', params: { limit: p.params.limit ?? '' } } satisfies ProblemOf<typeof flowMessages>;
  // A kind of syntax error the yaml maps word (yaml-document.ts) tells how to mend a file by hand; a
  // state file is the program's own, so only the damage is said, in the user's language. Another
  // kind keeps the reader's first line.
  const worded = p.code === 'yaml-syntax' && p.params.kind !== undefined && p.params.kind !== 'other';
  return { ...p, code: 'flow-state-not-json', params: p.params.detail === undefined || worded ? {} : { detail: p.params.detail } } satisfies ProblemOf<typeof flowMessages>;
}

/**
 * Checks a saved state against the catalogue: shape, format version, catalogue id, checksum, every
 * answer. Against a changed catalogue, answers to changed or removed questions are dropped and listed.
 */
export function parseState(bytes: Uint8Array, file: string, catalogue: Catalogue): { state?: LoadedState; problems: Problem[] } {
  const parsed = parseYamlDocument(bytes, file);
  if (parsed.document === undefined || hasErrors(parsed.problems)) {
    return { problems: parsed.problems.map(stateReadProblem) };
  }
  const document = parsed.document;
  const problems: Problem[] = [];
  const report = <Code extends FlowCode>(code: Code, path: (string | number)[], params: FlowParams<Code>) => {
    problems.push({ code, severity: 'error', file, ...document.locate(path), path: shownPath(path), params });
  };
  const shape = (path: (string | number)[], expected: string) => report('flow-state-shape', path, { path: shownPath(path), expected });

  const data = document.data;
  if (!isRecord(data)) {
    shape([], 'object');
    return { problems };
  }
  if (data.format !== STATE_FORMAT) {
    report('flow-state-format', ['format'], { found: typeof data.format === 'string' ? data.format : '?', expected: STATE_FORMAT });
    return { problems };
  }
  const state = checkShape(data, shape);
  if (state === undefined) return { problems };

  // The checksum is checked over the file as parsed, every key included (`__proto__` too), not over
  // the fields we kept: an added entry must show even where a rebuilt object would drop it.
  if (!checksumHolds(data, state.checksum)) report('flow-state-tampered', ['checksum'], {});
  if (state.catalogue.id !== catalogue.metadata.id) {
    report('flow-state-other-catalogue', ['catalogue', 'id'], { found: state.catalogue.id, expected: catalogue.metadata.id });
    return { problems };
  }

  // Against the catalogue it was saved with, an answer that does not hold is an edit, and refused;
  // against a changed one, answers whose question changed are dropped and asked again (saved-answers.ts).
  const sameCatalogue = state.catalogue.hash === catalogue.hash;
  const { values, skipped, changedQuestions } = keptAnswers(catalogue, state.definitions, { values: state.answers, skipped: state.skipped });
  if (sameCatalogue) {
    for (const id of Object.keys(state.answers)) {
      if (Object.hasOwn(values, id)) continue;
      if (catalogue.questions.some((candidate) => candidate.id === id)) report('flow-state-invalid-answer', ['answers', id, 'value'], { question: id });
      else report('flow-state-unknown-question', ['answers', id], { question: id });
    }
  }
  // A claim (made, or kept to offer again) stays while its exception is unchanged; whether it is still offered the machine judges when it starts.
  const decided = <T extends ExceptionDecision>(list: 'decisions' | 'earlierClaims', saved: Record<string, T> | undefined): Record<string, T> | undefined => {
    if (saved === undefined) return undefined;
    if (sameCatalogue) for (const requirement of Object.keys(saved)) if (!catalogue.requirements.some((candidate) => candidate.id === requirement)) report('flow-state-unknown-requirement', [list, requirement], { requirement });
    return keptDecisions(catalogue, state.definitions, saved);
  };
  const [decisions = {}, earlierClaims] = [decided('decisions', state.decisions), decided('earlierClaims', state.earlierClaims)];
  // Whether a refusal is still offered (the basic still applies and is not met) the machine judges when it starts.
  const refusable = <T>(list: 'refusals' | 'earlierReasons', saved: Record<string, T> | undefined): Record<string, T> | undefined => {
    if (saved === undefined) return undefined;
    const kept: Record<string, T> = {};
    for (const [requirement, entry] of Object.entries(saved)) {
      if (catalogue.requirements.some((candidate) => candidate.id === requirement && candidate.allowsRefusal === true)) kept[requirement] = entry;
      else if (state.catalogue.hash === catalogue.hash) report('flow-state-unknown-requirement', [list, requirement], { requirement });
    }
    return kept;
  };
  // A reason that fails the rule is dropped, with a located notice: its basic is asked again, the rest is kept.
  const [refusals, earlierReasons] = [refusable('refusals', state.refusals), refusable('earlierReasons', state.earlierReasons)];
  const { kept: reasons, dropped } = checkSavedReasons({ decisions, ...(earlierClaims === undefined ? {} : { earlierClaims }), ...(refusals === undefined ? {} : { refusals }), ...(earlierReasons === undefined ? {} : { earlierReasons }) });
  const notices = dropped.map(({ problem, path }): Problem => ({ ...problem, file, ...document.locate(path), path: shownPath(path) }));
  // The saved advice is checked by the answers file's own rules. Against a changed catalogue one that
  // no longer fits (a measure removed) is dropped, and the advice step is asked again.
  const { advice: written, ...meta } = state.meta;
  let adviceAnswered = state.adviceAnswered;
  let advice: FlowMeta['advice'];
  const changedAdvice: Problem[] = [];
  if (written !== undefined) {
    const checked = checkSavedAdvice(written, catalogue, meta.date);
    if ('advice' in checked) advice = checked.advice;
    else if (state.catalogue.hash === catalogue.hash) report('flow-state-invalid-advice', ['meta', 'advice'], {});
    else {
      adviceAnswered = undefined;
      for (const part of checked.unfit) {
        const path = ['meta', 'advice', ...part.path];
        changedAdvice.push({ ...part.problem, file, ...document.locate(path, part.at), path: shownPath(path) });
      }
    }
  }
  if (problems.length > 0) return { problems };
  const flow: FlowAnswers = {
    meta: advice === undefined ? meta : { ...meta, advice },
    values,
    skipped,
    ...(adviceAnswered === undefined ? {} : { adviceAnswered }),
    ...reasons,
  };
  return { state: { flow, changedQuestions, savedVersion: state.catalogue.version, notices, changedAdvice }, problems };
}

/** Reads and checks a state file; throws `UserError` (exit 1 for a refused file, 2 when unreadable). */
export function readStateFile(path: string, catalogue: Catalogue, shownPath: string = path): LoadedState {
  const bytes = readUserFile(path, { label: shownPath, ...YAML_FILE_LIMIT });
  const { state, problems } = parseState(bytes, shownPath, catalogue);
  if (state === undefined) throw new UserError(problems);
  return state;
}

/** Saves the progress: atomically, owner-only from the first byte, synchronously (a signal may leave no time for more). */
export function writeStateFile(path: string, catalogue: Catalogue, flow: FlowAnswers, savedAt: Date, shownPath: string = path): void {
  writeFileAtomically(path, renderState(catalogue, flow, savedAt), { label: shownPath, access: 'private' });
}

function checksumHolds(data: Record<string, unknown>, checksum: string): boolean {
  const body = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'checksum'));
  try {
    return canonicalHash(body) === checksum;
  } catch {
    // Not representable as canonical JSON (an infinite number): not what we wrote.
    return false;
  }
}

/**
 * A path inside the state for a message: keys we could have written (ids) as they are, anything
 * else as `…`, so that no message can quote an answer value that a damaged file turned into a key.
 */
function shownPath(path: readonly (string | number)[]): string {
  return '/' + path.map((segment) => (typeof segment === 'number' || /^[A-Za-z0-9_.:-]{1,100}$/.test(segment) ? segment : '…')).join('/');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The state with every field checked for type, or undefined after reporting the first wrong field. */
function checkShape(data: Record<string, unknown>, shape: (path: (string | number)[], expected: string) => void): SavedState | undefined {
  const text = (value: unknown): value is string => typeof value === 'string';
  const { savedAt, catalogue, meta, answers, definitions, decisions, skipped, checksum } = data;
  if (!text(savedAt)) return void shape(['savedAt'], 'text');
  if (!isRecord(catalogue) || !text(catalogue.id) || !text(catalogue.version) || !text(catalogue.hash)) return void shape(['catalogue'], '{ id, version, hash }');
  if (!isRecord(meta) || (meta.kind !== 'self-check' && meta.kind !== 'inspection') || !text(meta.date) || !isRecord(meta.subject) || !text(meta.subject.role)) {
    return void shape(['meta'], '{ kind, date, subject: { role } }');
  }
  if (!isRecord(answers)) return void shape(['answers'], 'object');
  // Entries, then fromEntries: own properties, so a `__proto__` id stays an id and is judged as one.
  const givenAnswers: [string, GivenAnswer][] = [];
  for (const [id, given] of Object.entries(answers)) {
    if (!isRecord(given) || !isEvidenceLevel(given.evidence) || !isAnswerValue(given.value)) return void shape(['answers', id], `{ value, evidence: ${EVIDENCE_LEVELS.join(' | ')} }`);
    givenAnswers.push([id, { value: given.value, evidence: given.evidence }]);
  }
  if (!isRecord(definitions) || !Object.values(definitions).every(text)) return void shape(['definitions'], 'object of hashes');
  if (!isRecord(decisions)) return void shape(['decisions'], 'object');
  const checkedDecisions: [string, ExceptionDecision][] = [];
  for (const [requirement, decision] of Object.entries(decisions)) {
    const checked = checkDecision(decision);
    if (checked === undefined) return void shape(['decisions', requirement], "{ kind: 'claim' | 'declined', ... }");
    checkedDecisions.push([requirement, checked]);
  }
  if (!Array.isArray(skipped) || !skipped.every(text)) return void shape(['skipped'], 'list of question ids');
  if (!text(checksum)) return void shape(['checksum'], 'text');
  const { adviceAnswered } = data;
  if (adviceAnswered !== undefined && typeof adviceAnswered !== 'boolean') return void shape(['adviceAnswered'], 'true | false');
  const advice = meta.advice === undefined ? undefined : adviceShape(meta.advice);
  if (advice === null) return void shape(['meta', 'advice'], '{ reference, date, measures?, levels?, waives?, hardConditions? }');
  const { refusals } = data;
  if (refusals !== undefined && !isRecord(refusals)) return void shape(['refusals'], 'object');
  const { earlierReasons } = data;
  if (earlierReasons !== undefined && (!isRecord(earlierReasons) || !Object.values(earlierReasons).every(text))) return void shape(['earlierReasons'], 'object of reasons');
  const { earlierClaims } = data;
  if (earlierClaims !== undefined && !isRecord(earlierClaims)) return void shape(['earlierClaims'], 'object');
  const checkedEarlierClaims: [string, ClaimDecision][] = [];
  for (const [requirement, claim] of Object.entries(earlierClaims ?? {})) {
    const checked = checkDecision(claim);
    if (checked?.kind !== 'claim') return void shape(['earlierClaims', requirement], "{ kind: 'claim', ... }");
    checkedEarlierClaims.push([requirement, checked]);
  }
  const checkedRefusals: [string, RefusalDecision][] = [];
  for (const [requirement, decision] of Object.entries(refusals ?? {})) {
    const checked = refusalShape(decision);
    if (checked === undefined) return void shape(['refusals', requirement], "{ kind: 'refused', reason } | { kind: 'declined' }");
    checkedRefusals.push([requirement, checked]);
  }
  return {
    format: STATE_FORMAT,
    savedAt,
    catalogue: { id: catalogue.id, version: catalogue.version, hash: catalogue.hash },
    meta: { ...metaOf(meta, meta.subject), ...(advice === undefined ? {} : { advice }) },
    answers: Object.fromEntries(givenAnswers),
    definitions: Object.fromEntries(Object.entries(definitions).filter((entry): entry is [string, string] => text(entry[1]))),
    decisions: Object.fromEntries(checkedDecisions),
    skipped: skipped.filter(text),
    ...(adviceAnswered === undefined ? {} : { adviceAnswered }),
    ...(refusals === undefined ? {} : { refusals: Object.fromEntries(checkedRefusals) }),
    ...(earlierReasons === undefined ? {} : { earlierReasons: Object.fromEntries(Object.entries(earlierReasons).filter((entry): entry is [string, string] => text(entry[1]))) }),
    ...(earlierClaims === undefined ? {} : { earlierClaims: Object.fromEntries(checkedEarlierClaims) }),
    checksum,
  };
}

/** A saved refusal decision with its reason as text, or undefined; the reason is never shown in a message. */
function refusalShape(value: unknown): RefusalDecision | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'declined' && Object.keys(value).length === 1) return { kind: 'declined' };
  if (value.kind === 'refused' && typeof value.reason === 'string' && Object.keys(value).length === 2) return { kind: 'refused', reason: value.reason };
  return undefined;
}

/** Only what `check` itself records: anything more was not written by us, and the checksum then fails. */
function metaOf(meta: Record<string, unknown>, subject: Record<string, unknown>): SavedState['meta'] {
  return { kind: meta.kind === 'inspection' ? 'inspection' : 'self-check', date: String(meta.date), subject: { role: String(subject.role) } };
}

/** The saved advice with every field of the right type, or null. */
function adviceShape(value: unknown): WrittenAdvice | null {
  const texts = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (!isRecord(value) || typeof value.reference !== 'string' || typeof value.date !== 'string') return null;
  const { measures, levels, waives, hardConditions } = value;
  if ((measures !== undefined && !texts(measures)) || (waives !== undefined && !texts(waives)) || (hardConditions !== undefined && !texts(hardConditions))) return null;
  if (levels !== undefined && (!isRecord(levels) || !Object.values(levels).every((level) => typeof level === 'string'))) return null;
  return {
    reference: value.reference,
    date: value.date,
    ...(measures === undefined ? {} : { measures }),
    ...(levels === undefined ? {} : { levels: Object.fromEntries(Object.entries(levels).map(([scenario, level]) => [scenario, String(level)])) }),
    ...(waives === undefined ? {} : { waives }),
    ...(hardConditions === undefined ? {} : { hardConditions }),
  };
}

function checkDecision(value: unknown): ExceptionDecision | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'declined' && Object.keys(value).length === 1) return { kind: 'declined' };
  const evidence = value.evidence;
  if (value.kind !== 'claim' || typeof value.exception !== 'string' || typeof value.justification !== 'string' || !isRecord(evidence)) return undefined;
  if (!isEvidenceLevel(evidence.level) || (evidence.reference !== undefined && typeof evidence.reference !== 'string')) return undefined;
  const reference = evidence.reference;
  const proof = value.proof === undefined ? undefined : proofShape(value.proof);
  if (proof === null) return undefined;
  return {
    kind: 'claim',
    exception: value.exception,
    justification: value.justification,
    evidence: reference === undefined ? { level: evidence.level } : { level: evidence.level, reference },
    ...(proof === undefined ? {} : { proof }),
  };
}

/**
 * A saved claim's structured proof (monument, permit year, alternative, landlord's refusal) with
 * every field of the type the answers file gives it, or null. Whether it proves anything is the
 * verdict's to judge, as for a claim in an answers file.
 */
function proofShape(value: unknown): ClaimProof | null {
  if (!isRecord(value)) return null;
  const text = (item: unknown): item is string => typeof item === 'string';
  const { monument, newBuild, alternative, landlordRefusal } = value;
  const proof: ClaimProof = {};
  if (monument !== undefined) {
    if (!isRecord(monument) || !MONUMENT_REGISTERS.some((register) => register === monument.register) || !text(monument.number) || !Array.isArray(monument.elements) || !monument.elements.every(text)) return null;
    proof.monument = { register: monument.register as MonumentRegister, number: monument.number, elements: [...monument.elements] };
  }
  if (newBuild !== undefined) {
    if (!isRecord(newBuild) || typeof newBuild.permitYear !== 'number' || !Number.isInteger(newBuild.permitYear)) return null;
    proof.newBuild = { permitYear: newBuild.permitYear };
  }
  if (alternative !== undefined) {
    const statement = isRecord(alternative) ? alternative.statement : undefined;
    if (!isRecord(alternative) || !text(alternative.measure) || !text(alternative.scenario) || !isRecord(statement) || (statement.by !== 'pkvw-firm' && statement.by !== 'commissie') || !text(statement.reference)) return null;
    proof.alternative = { measure: alternative.measure, scenario: alternative.scenario, statement: { by: statement.by, reference: statement.reference } };
  }
  if (landlordRefusal !== undefined) {
    if (!isRecord(landlordRefusal) || (landlordRefusal.by !== 'verhuurder' && landlordRefusal.by !== 'vve') || !text(landlordRefusal.date) || !text(landlordRefusal.reference)) return null;
    proof.landlordRefusal = { by: landlordRefusal.by, date: landlordRefusal.date, reference: landlordRefusal.reference };
  }
  return proof;
}

function isAnswerValue(value: unknown): value is GivenAnswer['value'] {
  return (
    typeof value === 'boolean' ||
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}
