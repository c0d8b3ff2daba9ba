/**
 * An answers document → validated `Answers` against one catalogue, or located problems. Pure:
 * the schema first (shape), then the catalogue (ids, options, ranges, what must be answered).
 * Messages name questions and limits, never the answer given.
 */
import type { AnswerValue, Catalogue, CatalogueException, EvidenceLevel, Question } from '../catalogue/catalogue-types.js';
import type { Condition } from '../condition/condition-types.js';
import type { Answers, ExceptionClaim, GivenAnswer, WrittenAnswers, WrittenAnswers1 } from './answers-types.js';
import { ANSWERS_FORMAT_1 } from './answers-types.js';
import { questionIdsOf, sealAnswers, sealedAnswer } from './sealed-answers.js';
import { adviceFromWritten, adviceProblems } from './advice-rules.js';
import type { AnswersCode, AnswersParams } from './answers-messages.js';
import type { Problem, ProblemParams } from '../problems/problem.js';
import { compareProblems, hasErrors } from '../problems/problem.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import { validateAgainstSchema } from '../schema-validation/validate-against-schema.js';
import { answersSchemaValidator, answers1SchemaValidator } from './answers-schema.js';
import { answerValueProblems } from './answer-value.js';
import { claimTextProblem, proofRuleProblem, scenariosLinkedTo } from './claim-rules.js';
import { refusalReasonProblem } from './refusal-rules.js';

export interface AnswersValidation {
  answers?: Answers;
  problems: Problem[];
}

/**
 * What only the later layers can judge about a set of answers: which questions they make relevant
 * (verdict/) and whether a condition holds for them, risk levels included (risk/). Every rule about
 * answers sits here; `verdict/answers-judge.ts` plugs this judgement in, and everyone calls that.
 */
export type AnswersJudge = (catalogue: Catalogue, answers: Answers) => { relevant: ReadonlySet<string>; holds: (condition: Condition) => boolean };

type Path = (string | number)[];

/**
 * @example
 * const { document } = parseYamlDocument(bytes, 'antwoorden.yaml');
 * const { answers, problems } = validateAnswersWith(document, catalogue, judgeAnswers);
 */
export function validateAnswersWith(document: YamlDocument, catalogue: Catalogue, judge: AnswersJudge): AnswersValidation {
  const data: unknown = document.data;
  const isFormat1 = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === ANSWERS_FORMAT_1;
  const schemaProblems = validateAgainstSchema(isFormat1 ? answers1SchemaValidator() : answersSchemaValidator(), document);
  if (hasErrors(schemaProblems)) return { problems: schemaProblems.sort(compareProblems) };

  const problems: Problem[] = [...schemaProblems];
  const place: Place = (code, params, path, at = 'value', severity = 'error') => {
    problems.push({ code, severity, file: document.file, ...document.locate(path, at), path: pointer(path), params });
  };
  const report: Report = place;
  // The schema has checked every field of WrittenAnswers (or WrittenAnswers1).
  const written = isFormat1 ? migrateFormat1(data as WrittenAnswers1, catalogue, report) : (data as WrittenAnswers);
  // An answers@1 file for an earlier catalogue version migrates: what no longer fits is named as to give again, not refused.
  const migrating = isFormat1 && isOlderVersion((data as WrittenAnswers1).catalogue.version, catalogue.metadata.version);
  const demote = migrating ? 'warning' : 'error';

  if (migrating) {
    if (written.catalogue.id !== catalogue.metadata.id) report('answers-catalogue-id', { given: written.catalogue.id, expected: catalogue.metadata.id }, ['catalogue', 'id']);
  } else checkCatalogue(written, catalogue, report);
  // An inspection is only worth a certificate when it says who inspected.
  if (written.kind === 'inspection' && !written.inspection) report('answers-inspection-missing', {}, ['kind']);

  const questions = new Map(catalogue.questions.map((q) => [q.id, q]));
  const given: Record<string, GivenAnswer> = {};
  const ids = questionIdsOf(catalogue.questions);
  const byPosition = new Array<GivenAnswer | undefined>(ids.ids.length).fill(undefined);
  let positioned = true;
  for (const [id, answer] of Object.entries(written.answers)) {
    const question = questions.get(id);
    if (!question) {
      report(migrating ? 'answers-migrated-dropped' : 'answers-unknown-question', { question: id }, ['answers', id], 'key', demote);
      continue;
    }
    const { value, evidence }: GivenAnswer = isWithEvidence(answer) ? answer : { value: answer, evidence: 'self-declared' };
    const valuePath: Path = isWithEvidence(answer) ? ['answers', id, 'value'] : ['answers', id];
    // In a migrated file an answer that no longer fits its question (a yes/no that became a year) must be given again.
    const check: Report = migrating ? (_code, _params, path) => report('answers-migrated-give-again', { question: id }, path, 'value', 'warning') : report;
    if (!checkValue(question, value, valuePath, check)) continue;
    const at = ids.at.get(id);
    given[id] = sealedAnswer(value, evidence);
    if (at === undefined) positioned = false;
    else byPosition[at] = given[id];
  }

  const answers: Answers = {
    catalogue: { id: written.catalogue.id, version: written.catalogue.version },
    kind: written.kind,
    date: written.date,
    subject: written.subject,
    ...(written.inspection ? { inspection: written.inspection } : {}),
    ...(written.advice ? { advice: adviceFromWritten(written.advice) } : {}),
    answers: positioned ? sealAnswers(ids, given, byPosition) : given,
    exceptions: written.exceptions ?? [],
    refusals: written.refusals ?? [],
  };

  const judgement = judge(catalogue, answers);
  checkAdvice(answers, catalogue, written, place);
  checkRelevance(answers, catalogue, written, judgement.relevant, report);
  checkExceptions(answers, catalogue, judgement.holds, report);
  checkRefusals(answers, catalogue, report);

  problems.sort(compareProblems);
  // A refused file names only what to change; once it reads, the migration says what to give again.
  if (hasErrors(problems)) return { problems: problems.filter((p) => !p.code.startsWith('answers-migrated')) };
  // A migration that loses something says so first, at the format line.
  if (isFormat1 && problems.some((p) => p.code.startsWith('answers-migrated-'))) {
    report('answers-migrated', { from: ANSWERS_FORMAT_1 }, ['format'], 'value', 'warning');
    problems.sort(compareProblems);
  }
  return { answers, problems };
}

/** Places a finding that was made (and its parameters checked) elsewhere. */
type Place = (code: AnswersCode, params: ProblemParams, path: Path, at?: 'key' | 'value', severity?: Problem['severity']) => void;

/** Reports one finding; tsc checks its parameters against the message of its code. */
type Report = <Code extends AnswersCode>(code: Code, params: AnswersParams<Code>, path: Path, at?: 'key' | 'value', severity?: Problem['severity']) => void;

/**
 * Same id and same major.minor version. A different patch version only changes wording (the
 * catalogue's versioning rule), so it is a warning; a different minor or major is an error.
 */
function checkCatalogue(written: WrittenAnswers, catalogue: Catalogue, report: Report): void {
  const expected = catalogue.metadata;
  if (written.catalogue.id !== expected.id) {
    report('answers-catalogue-id', { given: written.catalogue.id, expected: expected.id }, ['catalogue', 'id']);
    return;
  }
  if (written.catalogue.version === expected.version) return;
  const [givenMajor, givenMinor] = written.catalogue.version.split('.');
  const [major, minor] = expected.version.split('.');
  const params = { given: written.catalogue.version, expected: expected.version };
  if (givenMajor === major && givenMinor === minor) report('answers-catalogue-patch', params, ['catalogue', 'version'], 'value', 'warning');
  else report('answers-catalogue-version', params, ['catalogue', 'version']);
}

/** True when the value fits the question (the rules of `answer-value.ts`); otherwise reports each reason where it is. */
function checkValue(question: Question, value: AnswerValue, path: Path, report: Report): boolean {
  const problems = answerValueProblems(question, value);
  for (const problem of problems) report(problem.code, problem.params, problem.item === undefined ? path : [...path, problem.item]);
  return problems.length === 0;
}

/**
 * answers@1 → answers@2. What cannot be carried over is named as a warning: the advice's date and
 * measures (answers@1 had levels only), and the structured evidence claims now need.
 */
function migrateFormat1(written: WrittenAnswers1, catalogue: Catalogue, report: Report): WrittenAnswers {
  const { adviceRisk, ...rest } = written;
  const sameVersion = !isOlderVersion(written.catalogue.version, catalogue.metadata.version);
  if (!sameVersion) report('answers-migrated-catalogue', { given: written.catalogue.version, expected: catalogue.metadata.version }, ['catalogue', 'version'], 'value', 'warning');
  if (adviceRisk) report('answers-migrated-advice', {}, ['adviceRisk'], 'key', 'warning');
  const exceptions = new Map(catalogue.exceptions.map((e) => [e.id, e]));
  (written.exceptions ?? []).forEach((claim, i) => {
    const proof = exceptions.get(claim.exception)?.proof;
    if (proof) report('answers-migrated-claim', { exception: claim.exception, proof: proof.kind }, ['exceptions', i, 'exception'], 'value', 'warning');
  });
  const version = sameVersion ? written.catalogue.version : catalogue.metadata.version;
  const migrated: WrittenAnswers = { ...rest, format: 'pkvw-light/answers@2', catalogue: { id: written.catalogue.id, version } };
  // The advice keeps its levels; its date and measures must be given again.
  if (adviceRisk) return { ...migrated, advice: { reference: adviceRisk.reference, date: '', levels: adviceRisk.levels } };
  return migrated;
}

/** `0.1.0` is older than `0.2.0`: only an answers file for an earlier catalogue can migrate forward. */
function isOlderVersion(given: string, current: string): boolean {
  const parts = (v: string) => v.split('.').map(Number);
  const [a, b] = [parts(given), parts(current)];
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** The advice's findings come from advice-rules.ts, whose emitters tsc has checked; this only places them in the file. */
function checkAdvice(answers: Answers, catalogue: Catalogue, written: WrittenAnswers, place: Place): void {
  if (!written.advice) return;
  // A migrated answers@1 file wrote its advice as adviceRisk.
  const at = answers.advice?.date === undefined ? 'adviceRisk' : 'advice';
  for (const problem of adviceProblems(written.advice, catalogue, written.date, at === 'adviceRisk')) place(problem.code, problem.params, [at, ...problem.path], problem.at);
}

/** A refusal only for a basic whose catalogue entry allows it, once per basic, with a reason (`refusal-rules.ts`). */
function checkRefusals(answers: Answers, catalogue: Catalogue, report: Report): void {
  const requirements = new Map(catalogue.requirements.map((r) => [r.id, r]));
  const seen = new Set<string>();
  answers.refusals.forEach((refusal, i) => {
    const requirement = requirements.get(refusal.requirement);
    if (!requirement) report('answers-refusal-unknown', { requirement: refusal.requirement }, ['refusals', i, 'requirement']);
    else if (!requirement.allowsRefusal) report('answers-refusal-not-allowed', { requirement: refusal.requirement }, ['refusals', i, 'requirement']);
    else if (seen.has(refusal.requirement)) report('answers-refusal-duplicate', { requirement: refusal.requirement }, ['refusals', i, 'requirement']);
    seen.add(refusal.requirement);
    const reason = refusalReasonProblem(refusal.requirement, refusal.reason);
    if (reason) report(reason.code, reason.params, ['refusals', i, 'reason']);
  });
}

/** Relevant intake questions must be answered; answers to questions that do not matter are a warning. */
function checkRelevance(answers: Answers, catalogue: Catalogue, written: WrittenAnswers, relevant: ReadonlySet<string>, report: Report): void {
  for (const question of catalogue.questions) {
    if (question.section === 'intake' && relevant.has(question.id) && !Object.hasOwn(answers.answers, question.id)) {
      // Reported once per missing question, at the `answers` key, unless it was given but invalid.
      if (!Object.hasOwn(written.answers, question.id)) report('answers-intake-missing', { question: question.id }, ['answers'], 'key');
    }
  }
  for (const id of Object.keys(answers.answers)) {
    if (!relevant.has(id)) report('answers-not-relevant', { question: id }, ['answers', id], 'key', 'warning');
  }
}

function checkExceptions(answers: Answers, catalogue: Catalogue, holds: (condition: Condition) => boolean, report: Report): void {
  if (answers.exceptions.length === 0) return;
  const exceptions = new Map(catalogue.exceptions.map((e) => [e.id, e]));
  const requirements = new Map(catalogue.requirements.map((r) => [r.id, r]));

  answers.exceptions.forEach((claim: ExceptionClaim, i) => {
    const exception = exceptions.get(claim.exception);
    if (!exception) {
      report('answers-exception-unknown', { exception: claim.exception }, ['exceptions', i, 'exception']);
      return;
    }
    claim.requirements.forEach((id, j) => {
      const requirement = requirements.get(id);
      if (!requirement) report('answers-exception-requirement-unknown', { exception: claim.exception, requirement: id }, ['exceptions', i, 'requirements', j]);
      else if (!(requirement.exceptions ?? []).includes(claim.exception)) {
        report('answers-exception-not-allowed', { exception: claim.exception, requirement: id }, ['exceptions', i, 'requirements', j]);
      }
    });
    if (exception.claimableWhen && !holds(exception.claimableWhen)) {
      report('answers-exception-not-claimable', { exception: claim.exception }, ['exceptions', i, 'exception']);
    }
    checkProofFields(claim, exception, i, answers, catalogue, report);
    checkClaimText(claim, exception, i, report);
  });
}

/**
 * A claim's own words by the rule the check asks as they are typed (`claimTextProblem`): here only
 * a text of nothing but spaces can break it, since the schema bounds the lengths and the YAML reader
 * refuses control characters. Located at the justification, the reference or the proof field.
 */
function checkClaimText(claim: ExceptionClaim, exception: CatalogueException, i: number, report: Report): void {
  const problem = claimTextProblem(claim);
  if (problem?.rule !== 'empty') return;
  const proofField = exception.proof ? PROOF_FIELD[exception.proof.kind] : undefined;
  const path: Path = problem.part === 'justification' ? ['exceptions', i, 'justification'] : problem.part === 'reference' ? ['exceptions', i, 'evidence', 'reference'] : ['exceptions', i, ...(proofField ? [proofField] : [])];
  report('answers-claim-text-empty', { exception: claim.exception, part: problem.part }, path);
}

const PROOF_FIELD = { monument: 'monument', 'new-build': 'newBuild', 'equivalent-alternative': 'alternative', 'landlord-refusal': 'landlordRefusal' } as const;

/**
 * Structured evidence that is given must fit the exception: the field of its proof kind only, a
 * permit year not before the catalogue's cut-off nor after the answers' date, an alternative
 * against a scenario the claimed requirements are linked to. A field not given leaves the claim
 * unproven (`claimed`), which the verdict reports; it is not an error here.
 */
function checkProofFields(claim: ExceptionClaim, exception: CatalogueException, i: number, answers: Answers, catalogue: Catalogue, report: Report): void {
  const expected = exception.proof ? PROOF_FIELD[exception.proof.kind] : undefined;
  for (const field of Object.values(PROOF_FIELD)) {
    if (claim[field] !== undefined && field !== expected) report('answers-claim-field-not-allowed', { exception: claim.exception, field, expected: expected ?? '—' }, ['exceptions', i, field], 'key');
  }
  // The proof rules (cut-off, linked scenario) apply to the field of this exception's kind only; another is refused above.
  const own = expected === undefined ? {} : { [expected]: claim[expected] };
  const rule = proofRuleProblem(own, { permitYearFrom: exception.proof?.cutOff?.permitYearFrom, scenarios: scenariosLinkedTo(catalogue, claim.requirements) });
  if (rule?.code === 'answers-permit-year-before-cut-off') report(rule.code, { exception: claim.exception, ...rule.params }, ['exceptions', i, 'newBuild', 'permitYear']);
  if (rule?.code === 'answers-alternative-scenario') report(rule.code, { exception: claim.exception, ...rule.params }, ['exceptions', i, 'alternative', 'scenario']);
  const year = claim.newBuild?.permitYear;
  if (year !== undefined && expected === 'newBuild' && rule === undefined && year > Number(answers.date.slice(0, 4))) {
    report('answers-permit-year-future', { exception: claim.exception }, ['exceptions', i, 'newBuild', 'permitYear']);
  }
}

function isWithEvidence(answer: WrittenAnswers['answers'][string]): answer is { value: AnswerValue; evidence: EvidenceLevel } {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer);
}

/** `/answers/deur-slot`, with `~` and `/` escaped as in a JSON pointer. */
function pointer(path: Path): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
