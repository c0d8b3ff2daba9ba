/**
 * Runs an answers file through the same machine the terminal check uses: the machine asks, the file
 * answers. So a file and a person at the keyboard are asked exactly the same questions.
 */
import { createActor } from 'xstate';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { UserError } from '../problems/errors.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { createAssessmentMachine, type FlowEvent } from './assessment-machine.js';
import type { FlowAnswers, FlowMeta } from './flow-answers.js';
import { exceptionOffers } from './flow-navigation.js';

export interface Replay {
  verdict: Verdict;
  /** What the machine collected: the file's answers to the questions asked, and the claims offered. */
  flow: FlowAnswers;
  /** Questions the file answers that were not asked given its other answers. */
  unusedAnswers: string[];
  /** Exception claims in the file for requirements where no exception was offered. */
  unusedClaims: number;
}

/**
 * @example
 * const { verdict } = replayAnswers(catalogue, readAnswers('antwoorden.yaml', catalogue), () => new Date());
 */
export function replayAnswers(catalogue: Catalogue, answers: Answers, clock: () => Date): Replay {
  const { answers: given, exceptions: claims, kind, date, subject, inspection, advice } = answers;
  const meta: FlowMeta = { kind, date, subject, ...(inspection ? { inspection } : {}), ...(advice ? { advice } : {}) };
  const actor = createActor(createAssessmentMachine(catalogue), { input: { catalogue, clock, meta } }).start();
  const used = new Set<number>();
  // Every event answers the current step or moves past it, so the walk is bounded by the steps.
  for (let step = 0; actor.getSnapshot().status === 'active'; step++) {
    const { context } = actor.getSnapshot();
    const position = context.position;
    let event: FlowEvent;
    if (position.kind === 'question') {
      const answer = Object.hasOwn(given, position.question) ? given[position.question] : undefined;
      event = answer === undefined ? { type: 'SKIP' } : { type: 'ANSWER', value: answer.value, evidence: answer.evidence };
    } else if (position.kind === 'exception') {
      const offered = exceptionOffers(catalogue, context.flow, clock()).find((offer) => offer.requirement === position.requirement)?.exceptions ?? [];
      const index = claims.findIndex((claim) => claim.requirements.includes(position.requirement) && offered.includes(claim.exception));
      const claim = claims[index];
      if (claim === undefined) event = { type: 'DECLINE' };
      else {
        used.add(index);
        event = { type: 'CLAIM', exception: claim.exception, justification: claim.justification, evidence: claim.evidence };
      }
    } else {
      event = { type: 'CONFIRM' };
    }
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
  };
}
