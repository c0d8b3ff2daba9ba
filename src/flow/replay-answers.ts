/**
 * Runs an answers file through the same machine the terminal check uses: the machine asks, the file
 * answers. So a file and a person at the keyboard are asked exactly the same questions.
 */
import { claimProofOf } from '../answers/answers-types.js';
import { createActor } from 'xstate';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { UserError } from '../problems/errors.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { createAssessmentMachine, type FlowEvent } from './assessment-machine.js';
import type { FlowAnswers, FlowMeta } from './flow-answers.js';
import type { GivenAnswer } from '../answers/answers-types.js';
import type { ClaimInput } from './step-checks.js';
import type { FlowContext } from './assessment-machine.js';
import { flowSteps, type ExceptionChoice, type RefusalChoice } from './flow-navigation.js';
import type { AdviceInput } from './assessment-machine.js';

export interface Replay {
  verdict: Verdict;
  /** What the machine collected: the file's answers to the questions asked, and the claims offered. */
  flow: FlowAnswers;
  /** Questions the file answers that were not asked given its other answers. */
  unusedAnswers: string[];
  /** Exception claims in the file for requirements where no exception was offered. */
  unusedClaims: number;
  /** Reasoned refusals in the file of basics the refusal step did not offer (met, waived, claimed or left open). */
  unusedRefusals: number;
  /** What a person answering the same would have been asked: questions (the advice step counts as one), exception steps and refusal steps (prompts). */
  asked: { questions: number; exceptionSteps: number; refusalSteps: number };
}

/**
 * @example
 * const { verdict } = replayAnswers(catalogue, readAnswers('antwoorden.yaml', catalogue), () => new Date());
 */
export function replayAnswers(catalogue: Catalogue, answers: Answers, clock: () => Date): Replay {
  const { answers: given, exceptions: claims, kind, date, subject, inspection, advice, refusals } = answers;
  // The file's advice (or none) answers the advice step: validateAnswers checked it by the same rules
  // the step applies, and under level D, where the step is not asked, the verdict still names it.
  const meta: FlowMeta = { kind, date, subject, ...(inspection ? { inspection } : {}), ...(advice ? { advice } : {}) };
  const actor = createActor(createAssessmentMachine(catalogue), { input: { meta, adviceAnswered: true } }).start();
  const used = new Set<number>();
  const refused = new Set<string>();
  const source: AnswerSource = {
    answer: (question) => (Object.hasOwn(given, question) ? given[question] : undefined),
    claim: (choices) => {
      // The file's first claim not yet made whose exception is offered for some of its basics.
      for (const [index, claim] of claims.entries()) {
        if (used.has(index)) continue;
        const offered = choices.find((choice) => choice.exception === claim.exception)?.requirements ?? [];
        const requirements = claim.requirements.filter((requirement) => offered.includes(requirement));
        if (requirements.length === 0) continue;
        used.add(index);
        const proof = claimProofOf(claim);
        return { exception: claim.exception, requirements, justification: claim.justification, evidence: claim.evidence, ...(Object.keys(proof).length > 0 ? { proof } : {}) };
      }
      return undefined;
    },
    // The file's reasoned refusals answer the refusal step, one offered basic at a time.
    refusal: (choices) => {
      const refusal = refusals.find((candidate) => !refused.has(candidate.requirement) && choices.some((choice) => choice.requirement === candidate.requirement));
      if (refusal !== undefined) refused.add(refusal.requirement);
      return refusal;
    },
  };
  // Every event answers the current step or moves past it, so the walk is bounded by the steps.
  let exceptionSteps = 0;
  let refusalSteps = 0;
  for (let step = 0; actor.getSnapshot().status === 'active'; step++) {
    const { context } = actor.getSnapshot();
    if (context.position.kind === 'exceptions') exceptionSteps++;
    else if (context.position.kind === 'refusals') refusalSteps++;
    const event = stepEvent(context, source, clock);
    actor.send(event);
    const problem = actor.getSnapshot().context.problem;
    if (problem !== undefined) throw new UserError([problem]);
    if (step > 10 * (catalogue.questions.length + catalogue.requirements.length + 2)) throw new Error('replay did not reach a verdict');
  }
  const snapshot = actor.getSnapshot();
  const verdict = snapshot.output;
  if (snapshot.status !== 'done' || verdict === undefined) throw new Error('replay ended without a verdict');
  const flow = snapshot.context.flow;
  return {
    verdict,
    flow,
    unusedAnswers: Object.keys(given).filter((id) => flow.values[id] === undefined),
    unusedClaims: claims.filter((_claim, index) => !used.has(index)).length,
    unusedRefusals: refusals.filter((refusal) => !refused.has(refusal.requirement)).length,
    // Each step (a relevant question, the advice step) is asked exactly once on a walk without going back.
    // Counted when read: `check` never reads it, and walking the steps again was time before its report.
    get asked() {
      return { questions: flowSteps(catalogue, flow).length, exceptionSteps, refusalSteps };
    },
  };
}

/** Where the answers of a walk without a person come from: a file, or a test's answering policy. */
export interface AnswerSource {
  /** The answer to a question, or undefined to leave it open. */
  answer: (question: string) => Pick<GivenAnswer, 'value'> & { evidence?: GivenAnswer['evidence'] } | undefined;
  /** The claim to make at the exception step, or undefined when there is none (left). */
  claim: (choices: readonly ExceptionChoice[]) => ClaimInput | undefined;
  /** The advice to give at the advice step; absent or undefined: no advice. */
  advice?: () => AdviceInput | undefined;
  /** The basic to refuse, and why, at the refusal step; absent or undefined: no (further) refusal. */
  refusal?: (choices: readonly RefusalChoice[]) => { requirement: string; reason: string } | undefined;
}

/** The event that answers the machine's current step from `source`: the one position-to-event driver. At the review it confirms, at the moment `clock` gives. */
export function stepEvent(context: FlowContext, source: AnswerSource, clock: () => Date): FlowEvent {
  const position = context.position;
  if (position.kind === 'question') {
    const answer = source.answer(position.question);
    return answer === undefined ? { type: 'SKIP' } : { type: 'ANSWER', value: answer.value, ...(answer.evidence === undefined ? {} : { evidence: answer.evidence }) };
  }
  if (position.kind === 'advice') return { type: 'ADVICE', advice: source.advice?.() ?? null };
  if (position.kind === 'exceptions') {
    const claim = source.claim(context.choices);
    return claim === undefined ? { type: 'DECLINE' } : { type: 'CLAIM', ...claim };
  }
  if (position.kind === 'refusals') {
    const refusal = source.refusal?.(context.refusable);
    return refusal === undefined ? { type: 'DECLINE' } : { type: 'REFUSE', requirement: refusal.requirement, reason: refusal.reason };
  }
  return { type: 'CONFIRM', at: clock() };
}
