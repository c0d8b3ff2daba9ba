import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getShortestPaths } from '@xstate/graph';
import { createAssessmentMachine, stepProblem, type FlowEvent } from '../../src/flow/assessment-machine.js';
import { relevantQuestions } from '../../src/flow/flow-navigation.js';
import { evaluateCondition } from '../../src/condition/evaluate-condition.js';
import type { AnswerValue } from '../../src/catalogue/catalogue-types.js';
import { toAnswers } from '../../src/flow/flow-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { deriveRiskProfile } from '../../src/risk/risk-profile.js';
import { relevantQuestionIds } from '../../src/verdict/question-relevance.js';
import {
  catalogue,
  finish,
  firstAnswers,
  lastAnswers,
  meta,
  NOW,
  policyEvent,
  questionOf,
  sameVerdict,
  sampleAnswers,
  startActor,
  verdictViaAnswersFile,
  wethouderTerracedHouse,
  ADVICE_19B,
  atNewBuildClaim,
  newBuildWethouder,
  asking,
  type AnswerPolicy,
} from './flow-test-kit.js';
import type { AssessmentMachine } from '../../src/flow/assessment-machine.js';
import type { Actor, SnapshotFrom } from 'xstate';

type Snapshot = SnapshotFrom<AssessmentMachine>;

/** Every event worth trying at a step: each sample answer, don't know, back; claim or decline; confirm or edit. */
function eventsAt(snapshot: Snapshot): FlowEvent[] {
  const { position, flow } = snapshot.context;
  if (position.kind === 'question') {
    const question = questionOf(position.question);
    const answers = sampleAnswers(question).map((value): FlowEvent => ({ type: 'ANSWER', value }));
    return [...answers, ...(question.section === 'intake' ? [] : [{ type: 'SKIP' as const }]), { type: 'BACK' }];
  }
  if (position.kind === 'advice') return [{ type: 'ADVICE', advice: null }, { type: 'ADVICE', advice: ADVICE_19B }, { type: 'BACK' }];
  if (position.kind === 'exceptions') {
    const choice = snapshot.context.choices[0];
    const claims: FlowEvent[] = (choice?.requirements ?? []).slice(0, 1).map((requirement) => ({
      type: 'CLAIM',
      exception: choice?.exception ?? '',
      requirements: [requirement],
      justification: 'Rijksmonument',
      evidence: { level: 'document', reference: 'RM-1' },
    }));
    return [{ type: 'DECLINE' }, ...claims, { type: 'BACK' }];
  }
  if (position.kind === 'refusals') {
    const refusals: FlowEvent[] = snapshot.context.refusable.slice(0, 1).map((choice) => ({ type: 'REFUSE', requirement: choice.requirement, reason: 'Om redenen van het ambt' }));
    return [{ type: 'DECLINE' }, ...refusals, { type: 'BACK' }];
  }
  const first = Object.keys(flow.values)[0];
  return [{ type: 'CONFIRM', at: NOW }, { type: 'BACK' }, { type: 'EDIT', step: 'refusals' }, ...(first === undefined ? [] : [{ type: 'EDIT' as const, question: first }])];
}

/** The invariants of a finished flow: exactly the relevant questions answered or skipped, nothing stale. */
function expectConsistent(actor: Actor<AssessmentMachine>): void {
  const { flow } = actor.getSnapshot().context;
  const relevant = relevantQuestionIds(catalogue, toAnswers(catalogue, flow, false));
  expect(Object.keys(flow.values).every((id) => relevant.includes(id))).toBe(true);
  expect(relevant.every((id) => flow.values[id] !== undefined || flow.skipped.includes(id))).toBe(true);
}

function referred(snapshot: Snapshot): boolean {
  const certifiable = new Set(catalogue.levels.filter((l) => l.certifiable).map((l) => l.id));
  return deriveRiskProfile(catalogue, toAnswers(catalogue, snapshot.context.flow, false)).some((r) => !certifiable.has(r.level));
}

/** Whether some requirement that allows exceptions is answered as not met. */
function waivableUnmet(values: Record<string, { value: AnswerValue }>): boolean {
  const context = { values: new Map(Object.entries(values).map(([id, given]) => [id, given.value])), scenarioLevels: new Map(), levelOrder: new Map() };
  return catalogue.requirements.some((r) => (r.exceptions ?? []).length > 0 && r.metWhen !== undefined && evaluateCondition(r.metWhen, context) === false);
}

describe('the assessment machine over the real catalogue', () => {
  it('has a state for every stage the catalogue asks about, plus the advice step, exceptions, refusals, review and verdict', () => {
    const machine = createAssessmentMachine(catalogue);
    expect(Object.keys(machine.states)).toEqual(['route', 'intake', 'wonen', 'werk', 'verplaatsen', 'informatie', 'advice', 'exceptions', 'refusals', 'review', 'verdict']);
  });

  it('starts at the first intake question', () => {
    const actor = startActor();
    expect(actor.getSnapshot().value).toBe('intake');
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'question', question: relevantQuestions(catalogue, actor.getSnapshot().context.flow)[0] });
  });

  it('refuses an answer outside the options with a message and stays at the question', () => {
    const actor = startActor();
    const before = actor.getSnapshot().context.position;
    actor.send({ type: 'ANSWER', value: 'iets-anders' });
    expect(actor.getSnapshot().context.problem?.code).toBe('answers-not-an-option');
    expect(actor.getSnapshot().context.position).toEqual(before);
    expect(actor.getSnapshot().context.flow.values).toEqual({});
  });

  it('reaches from every reachable step a verdict equal to the one the answers file gives (model-based, shortest paths)', () => {
    const machine = createAssessmentMachine(catalogue);
    const paths = getShortestPaths(machine, {
      input: { meta },
      events: eventsAt,
      // Position plus what decides whether an exception is offered: all answers would make the graph endless.
      serializeState: (snapshot) =>
        JSON.stringify([
          snapshot.value,
          snapshot.context.position,
          waivableUnmet(snapshot.context.flow.values),
          // Under a level that is not certifiable nothing is judged, so nothing is offered: keep such states apart.
          referred(snapshot),
        ]),
    });
    expect(paths.length).toBeGreaterThan(catalogue.questions.length / 2);
    const stages = new Set(paths.map((path) => String(path.state.value)));
    expect([...stages].sort()).toEqual(['advice', 'exceptions', 'informatie', 'intake', 'refusals', 'review', 'verdict', 'verplaatsen', 'werk', 'wonen'].sort());
    for (const [index, path] of paths.entries()) {
      const actor = startActor();
      for (const step of path.steps) actor.send(step.event);
      const verdict = finish(actor, index % 2 === 0 ? firstAnswers : lastAnswers, index % 3 === 0);
      expectConsistent(actor);
      expect(sameVerdict(verdict, evaluate(catalogue, toAnswers(catalogue, actor.getSnapshot().context.flow), NOW))).toBe(true);
      expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
    }
  });

  it('clears an answer that became irrelevant after going back and changing an earlier answer', () => {
    // A yes/no question and a follow-up asked only after "yes".
    const followUp = catalogue.questions.find((q) => q.askWhen !== undefined && 'answer' in q.askWhen && 'is' in q.askWhen && q.askWhen.is === true);
    if (followUp?.askWhen === undefined || !('answer' in followUp.askWhen)) throw new Error('the catalogue has no follow-up question on a yes');
    const opener = followUp.askWhen.answer;
    const yesToOpener: AnswerPolicy = (question) => (question.id === opener ? true : lastAnswers(question));
    const actor = startActor();
    while (actor.getSnapshot().context.flow.values[followUp.id] === undefined && asking(actor)) {
      actor.send(policyEvent(actor, yesToOpener));
    }
    expect(actor.getSnapshot().context.flow.values[followUp.id]).toBeDefined();
    while (JSON.stringify(actor.getSnapshot().context.position) !== JSON.stringify({ kind: 'question', question: opener })) actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER', value: false });
    expect(actor.getSnapshot().context.flow.values[followUp.id]).toBeUndefined();
    const verdict = finish(actor, lastAnswers);
    expect(actor.getSnapshot().context.flow.values[followUp.id]).toBeUndefined();
    expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
  });

  it('does not let an intake question be left open, since the risk depends on it', () => {
    const actor = startActor();
    expect(actor.getSnapshot().can({ type: 'SKIP' })).toBe(false);
  });

  it('goes back from the review to the last step and forward again to the review', () => {
    const actor = startActor();
    while (actor.getSnapshot().context.position.kind !== 'review') actor.send(policyEvent(actor, lastAnswers));
    const answered = actor.getSnapshot().context.flow.values;
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).not.toBe('review');
    actor.send(policyEvent(actor, lastAnswers));
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.flow.values).toEqual(answered);
  });

  it('lets the review change one answer and returns to the review', () => {
    // "Yes" to every question about the home, but no police involvement (that would refer after the intake).
    const yesAtHome: AnswerPolicy = (question) => (question.section === 'intake' ? wethouderTerracedHouse(question) : firstAnswers(question));
    const actor = startActor();
    while (actor.getSnapshot().context.position.kind !== 'review') actor.send(policyEvent(actor, yesAtHome));
    const question = Object.keys(actor.getSnapshot().context.flow.values).find((id) => questionOf(id).section === 'wonen' && questionOf(id).type === 'boolean');
    if (question === undefined) throw new Error('no yes/no question about the home was asked');
    actor.send({ type: 'EDIT', question });
    expect(actor.getSnapshot().value).toBe('wonen');
    actor.send({ type: 'ANSWER', value: false });
    const verdict = finish(actor, yesAtHome);
    expect(actor.getSnapshot().context.flow.values[question]?.value).toBe(false);
    expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
  });

  it('does not go back from the first question', () => {
    const actor = startActor();
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(false);
  });

  it('keeps to the rules on a random walk with back, skip and edits (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 120 }), fc.boolean(), (choices, claim) => {
        const actor = startActor();
        for (const choice of choices) {
          if (actor.getSnapshot().status !== 'active') break;
          const events = eventsAt(actor.getSnapshot()).filter((event) => event.type !== 'CONFIRM' && actor.getSnapshot().can(event));
          const event = events[choice % events.length];
          if (event !== undefined) actor.send(event);
          expect(actor.getSnapshot().context.problem).toBeUndefined();
        }
        const verdict = finish(actor, lastAnswers, claim);
        expectConsistent(actor);
        expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('gives the verdict a person would get by answering, for any answers (policy from fast-check)', () => {
    const policyArb = fc.func(fc.nat()).map((pick): AnswerPolicy => (question) => {
      const samples = sampleAnswers(question);
      // Intake questions are always answered; elsewhere one pick in a few is "don't know".
      const index = pick(question.id) % (samples.length + (question.section === 'intake' ? 0 : 1));
      return samples[index];
    });
    fc.assert(
      fc.property(policyArb, (policy) => {
        const actor = startActor();
        const verdict = finish(actor, policy);
        expectConsistent(actor);
        expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the snapshot and event API a front end uses (the terminal, a web page)', () => {
  it('says before sending why an answer would be refused, exactly as the machine says after sending', () => {
    const actor = startActor();
    const { context } = actor.getSnapshot();
    for (const value of ['iets-anders', 42, [], true, undefined]) {
      const predicted = stepProblem(context, { type: 'ANSWER', value });
      const probe = startActor();
      probe.send({ type: 'ANSWER', value });
      expect(predicted).toEqual(probe.getSnapshot().context.problem);
    }
  });

  it('refuses an answer with an evidence level it does not know, before and after sending', () => {
    const actor = startActor();
    const question = actor.getSnapshot().context.catalogue.questions.find((q) => q.id === (actor.getSnapshot().context.position as { question: string }).question);
    const value = question?.type === 'boolean' ? true : question?.options?.[0]?.value;
    const event = { type: 'ANSWER' as const, value, evidence: 'foto' as never };
    expect(stepProblem(actor.getSnapshot().context, event)?.code).toBe('flow-evidence-unknown');
    actor.send(event);
    expect(actor.getSnapshot().context.problem?.code).toBe('flow-evidence-unknown');
  });

  it('checks a claim being typed part by part, with the same codes the CLAIM event is refused with', () => {
    const actor = startActor({ values: {} });
    const monument: AnswerPolicy = (question) => (question.id === 'wonen.monument' ? 'rijksmonument' : wethouderTerracedHouse(question));
    while (asking(actor)) actor.send(policyEvent(actor, monument));
    const { context } = actor.getSnapshot();
    expect(context.position.kind).toBe('exceptions');
    const choice = context.choices[0];
    if (choice === undefined) throw new Error('no exception offered');
    const draft = { type: 'CLAIM' as const, exception: choice.exception, requirements: choice.requirements };
    expect(stepProblem(context, draft)).toBeUndefined();
    expect(stepProblem(context, { ...draft, requirements: [] })?.code).toBe('flow-claim-no-requirements');
    expect(stepProblem(context, { ...draft, justification: '  ' })?.code).toBe('flow-claim-justification-empty');
    actor.send({ ...draft, justification: '  ', evidence: { level: 'document' } });
    expect(actor.getSnapshot().context.problem?.code).toBe('flow-claim-justification-empty');
    // A self-check is never offered a firm's inspection as its own evidence.
    expect(choice.evidence.allowed).not.toContain('inspected');
    expect(stepProblem(context, { ...draft, evidence: { level: 'inspected' } })?.code).toBe('flow-evidence-unknown');
  });

  it('holds the review in the snapshot at the review step only, as the review of what was answered', () => {
    const actor = startActor();
    expect(actor.getSnapshot().context.review).toBeUndefined();
    while (actor.getSnapshot().context.position.kind !== 'review') actor.send(policyEvent(actor, lastAnswers));
    const { review, flow } = actor.getSnapshot().context;
    expect(review?.sections.flatMap((section) => section.items.map((item) => item.question.id))).toEqual(relevantQuestions(catalogue, flow));
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.review).toBeUndefined();
  });

  it('reads no clock: the verdict is dated by the CONFIRM event', () => {
    const actor = startActor();
    while (actor.getSnapshot().context.position.kind !== 'review') actor.send(policyEvent(actor, lastAnswers));
    const at = new Date('2027-03-04T05:06:07Z');
    actor.send({ type: 'CONFIRM', at });
    expect(actor.getSnapshot().output?.evaluatedAt).toBe(at.toISOString());
    expect(Object.keys(actor.getSnapshot().context)).not.toContain('clock');
  });
});

describe('a check under level D (police or OM involved in the protection)', () => {
  const stelsel: AnswerPolicy = (question) => (question.id === 'intake.politie-maatregelen' ? true : wethouderTerracedHouse(question));

  it('stops asking after the intake, says which rule refers, and ends in the referral the answers file gives', () => {
    const actor = startActor();
    const asked: string[] = [];
    while (asking(actor)) {
      const { position } = actor.getSnapshot().context;
      if (position.kind === 'question') asked.push(position.question);
      actor.send(policyEvent(actor, stelsel));
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => questionOf(id).section !== 'intake')).toEqual([]);
    expect(actor.getSnapshot().context.position.kind).toBe('review');
    expect(actor.getSnapshot().context.referral).toEqual({ rules: ['RR-STELSEL'] });
    actor.send({ type: 'CONFIRM', at: NOW });
    const verdict = actor.getSnapshot().output;
    expect(verdict?.outcome).toBe('doorverwijzen');
    if (verdict === undefined) throw new Error('no verdict');
    expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
  });

  it('asks the advice step, then about the home, again when the answer that referred is changed from the review', () => {
    const actor = startActor();
    while (asking(actor)) actor.send(policyEvent(actor, stelsel));
    actor.send({ type: 'EDIT', question: 'intake.politie-maatregelen' });
    actor.send({ type: 'ANSWER', value: false });
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'advice' });
    actor.send({ type: 'ADVICE', advice: null });
    const { position, referral } = actor.getSnapshot().context;
    expect(position.kind === 'question' ? questionOf(position.question).section : position.kind).toBe('wonen');
    expect(referral).toBeUndefined();
  });
});

describe('a claim with its structured proof', () => {
  it('offers the proof a new build needs, with the year already given, and makes the basic exempt as the answers file does', () => {
    const { actor, choice, claim } = atNewBuildClaim();
    expect(choice.proof).toEqual({ kind: 'new-build', permitYearFrom: 2000, permitYear: 2004, scenarios: [] });
    actor.send({ ...claim, proof: { newBuild: { permitYear: 1999 } } });
    expect(actor.getSnapshot().context.problem?.code).toBe('flow-claim-permit-year-before-cut-off');
    actor.send({ ...claim, proof: { newBuild: { permitYear: 2004 } } });
    expect(actor.getSnapshot().context.problem).toBeUndefined();
    const verdict = finish(actor, newBuildWethouder);
    for (const requirement of choice.requirements) expect(verdict.requirements.find((r) => r.requirement === requirement)?.status).toBe('exempt');
    expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
  });
});

