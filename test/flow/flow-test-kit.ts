/**
 * What the flow tests share: the real bundled catalogue, a fixed clock, ways to drive the machine to
 * a verdict, and the "file path" (export → answers file → validate → evaluate) to compare it with.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, type Actor } from 'xstate';
import { parseDocument, stringify } from 'yaml';
import type { AnswerValue, Catalogue, Question } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { createAssessmentMachine, type AdviceInput, type AssessmentMachine, type FlowEvent, type FlowInput } from '../../src/flow/assessment-machine.js';
import { toWrittenAnswers, type FlowAnswers, type FlowMeta } from '../../src/flow/flow-answers.js';
import type { ExceptionChoice, FlowPosition } from '../../src/flow/flow-navigation.js';
import { exclusiveOption } from '../../src/answers/answer-value.js';
import { stepEvent } from '../../src/flow/replay-answers.js';

export const catalogue: Catalogue = loadCatalogue();
export const NOW = new Date('2026-11-28T12:00:00Z');
export const clock = () => NOW;
export const meta: FlowMeta = { kind: 'self-check', date: '2026-11-28', subject: { role: 'bestuurder' } };

export function startActor(start: Partial<FlowInput> = {}, on: Catalogue = catalogue): Actor<AssessmentMachine> {
  return createActor(createAssessmentMachine(on), { input: { meta, ...start } }).start();
}

export function questionOf(id: string, on: Catalogue = catalogue): Question {
  const question = on.questions.find((candidate) => candidate.id === id);
  if (question === undefined) throw new Error(`no question ${id}`);
  return question;
}

/** A few valid answers per question: every option, both yes and no, the ends of a number range; "none" alone, never with others. */
export function sampleAnswers(question: Question): AnswerValue[] {
  const options = (question.options ?? []).map((option) => option.value);
  const none = exclusiveOption(question);
  switch (question.type) {
    case 'boolean':
      return [true, false];
    case 'choice':
      return options;
    case 'multi': {
      const others = options.filter((option) => option !== none);
      return [none === undefined ? [] : [none], others.slice(0, 1), others];
    }
    case 'number':
      return [question.min ?? 0, question.max ?? (question.min ?? 0) + 5];
  }
}

/** An answering policy: the answer to give to a question, or undefined to skip it ("weet ik niet"). */
export type AnswerPolicy = (question: Question) => AnswerValue | undefined;

export const firstAnswers: AnswerPolicy = (question) => sampleAnswers(question)[0];
export const lastAnswers: AnswerPolicy = (question) => sampleAnswers(question).at(-1);

/**
 * The event a policy gives at the current step; the first exception offered is claimed (for all its
 * basics) when `claim` is set; at the advice step `advice` is given (none when absent).
 */
export function policyEvent(actor: Actor<AssessmentMachine>, policy: AnswerPolicy, claim = false, advice?: AdviceInput): FlowEvent {
  const { context } = actor.getSnapshot();
  return stepEvent(context, {
    answer: (id) => {
      const value = policy(questionOf(id, context.catalogue));
      return value === undefined ? undefined : { value };
    },
    claim: (choices) => {
      const first = choices[0];
      if (!claim || first === undefined) return undefined;
      return { exception: first.exception, requirements: first.requirements, justification: 'Rijksmonument, zie besluit', evidence: { level: 'document', reference: 'RM-1' } };
    },
    advice: () => advice,
  }, clock);
}

/** Drives the actor to the verdict with the policy; fails on a refused answer or a walk that does not end. */
export function finish(actor: Actor<AssessmentMachine>, policy: AnswerPolicy, claim = false, onStep?: (kind: FlowPosition['kind']) => void, advice?: AdviceInput): Verdict {
  for (let step = 0; actor.getSnapshot().status === 'active'; step++) {
    if (step > 1000) throw new Error('the flow did not reach a verdict');
    onStep?.(actor.getSnapshot().context.position.kind);
    actor.send(policyEvent(actor, policy, claim, advice));
    const problem = actor.getSnapshot().context.problem;
    if (problem !== undefined) throw new Error(`answer refused: ${problem.code}`);
  }
  const verdict = actor.getSnapshot().output;
  if (verdict === undefined) throw new Error('no verdict');
  return verdict;
}

/** The verdict `pkvw-light assess` gives for the answers file `check --export` writes of this flow. */
export function verdictViaAnswersFile(flow: FlowAnswers, on: Catalogue = catalogue): Verdict {
  const text = stringify(toWrittenAnswers(on, flow));
  const parsed = parseYamlDocument(new TextEncoder().encode(text), 'export.yaml');
  if (parsed.document === undefined) throw new Error('export is not YAML');
  const { answers, problems } = validateAnswers(parsed.document, on);
  if (answers === undefined) throw new Error(`export refused: ${problems.map((p) => p.code).join(', ')}`);
  return evaluate(on, answers, NOW);
}

/** True while the machine asks a question or the advice step (before exceptions and the review). */
export function asking(actor: Actor<AssessmentMachine>): boolean {
  const { kind } = actor.getSnapshot().context.position;
  return kind === 'question' || kind === 'advice';
}

/** An advice like case 19b's: two measures, three levels. */
export const ADVICE_19B: AdviceInput = { reference: 'CCV-advies 2026-0917', date: '2026-11-12', measures: ['WON-16', 'WON-18'], levels: { 'SC-01': 'B', 'SC-02': 'C', 'SC-03': 'B' } };

export function sameVerdict(a: Verdict, b: Verdict): boolean {
  return canonicalVerdictJson(a) === canonicalVerdictJson(b);
}

/**
 * The wethouder of issue #16: a terraced house (front and back reachable on the ground floor, a back
 * door onto an alley, nothing reachable upstairs), no portfolio or incidents, living with a family,
 * old front-door frames without certified locks, and "yes" to every other habit.
 */
export const wethouderTerracedHouse: AnswerPolicy = (question) => {
  const fixed: Record<string, AnswerValue> = {
    'intake.rol': 'wethouder',
    'intake.aanleiding': 'preventief',
    'intake.portefeuille': ['geen'],
    'intake.incidenten': ['geen'],
    'intake.huisgenoten': true,
    'wonen.monument': 'geen',
    'wonen.vergunningsjaar': 1975,
    'wonen.andere-bouwlagen.bereikbaar': false,
    'wonen.voordeurzijde.gecertificeerd': false,
  };
  const answer = fixed[question.id];
  if (answer !== undefined) return answer;
  // No threat, no media attention, no police involvement: every other intake question is "no".
  if (question.section === 'intake' && question.type === 'boolean') return false;
  return question.type === 'boolean' ? true : sampleAnswers(question)[0];
};

/** The wethouder of a home whose permit was granted in 2004: a new build under the Bouwbesluit. */
export const newBuildWethouder: AnswerPolicy = (question) => (question.id === 'wonen.vergunningsjaar' ? 2004 : wethouderTerracedHouse(question));

/** The machine at the exception step for `newBuildWethouder`, with the new-build exception it offers and a claim of it (proof left to the test). */
export function atNewBuildClaim(): { actor: Actor<AssessmentMachine>; choice: ExceptionChoice; claim: Extract<FlowEvent, { type: 'CLAIM' }> } {
  const actor = startActor();
  while (asking(actor)) actor.send(policyEvent(actor, newBuildWethouder));
  const choice = actor.getSnapshot().context.choices.find((offer) => offer.exception === 'EX-NIEUWBOUW');
  if (choice === undefined) throw new Error('no new-build exception offered');
  const claim = { type: 'CLAIM' as const, exception: choice.exception, requirements: choice.requirements, justification: 'Vergunning 2004, WK2 bij oplevering', evidence: { level: 'document', reference: 'OV-2004-17' } };
  return { actor, choice, claim };
}

/** Edits one file of a catalogue copy as a YAML document. */
export type SpecEdit = (file: string, change: (doc: ReturnType<typeof parseDocument>) => void) => void;

/** A copy of the bundled catalogue as `folder/spec`, at another `version` (a newer one, as a user meets after an update); returns how to edit its files. */
export function newerSpec(folder: string, version: string): SpecEdit {
  const newer = join(folder, 'spec');
  cpSync(bundledSpecDir, newer, { recursive: true });
  const edit: SpecEdit = (file, change) => {
    const doc = parseDocument(readFileSync(join(newer, file), 'utf8'));
    change(doc);
    writeFileSync(join(newer, file), doc.toString());
  };
  edit('keurmerk.yaml', (doc) => doc.setIn(['keurmerk', 'version'], version));
  return edit;
}
