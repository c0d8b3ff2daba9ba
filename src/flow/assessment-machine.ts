/**
 * The assessment as an XState machine, built from the catalogue: one state per stage (intake, the
 * advice, the four domains, exceptions, refusals, review, verdict), the question within a stage kept in context. Which
 * question comes next is decided by `flow-navigation.ts`; the verdict by the engine's `evaluate`.
 *
 * The machine owns every decision: what is asked, whether a step may be left open or gone back
 * from (`snapshot.can(event)`), what the exception and refusal steps offer, what the review shows, and why an
 * answer or claim is refused (`context.problem`, or `stepProblem` before sending). A front end (the
 * terminal, a web page) renders the snapshot and sends events, nothing more. It reads no clock: the
 * moment of the verdict comes with the CONFIRM event.
 */
import { assertEvent, assign, setup } from 'xstate';
import { DOMAINS, EVIDENCE_LEVELS, type Catalogue, type EvidenceLevel, type QuestionSection } from '../catalogue/catalogue-types.js';
import type { GivenAnswer, WrittenAdvice } from '../answers/answers-types.js';
import { adviceFromWritten, adviceProblems } from '../answers/advice-rules.js';
import type { Problem } from '../problems/problem.js';
import { evaluate } from '../verdict/evaluate.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { answerProblem as valueProblem, isEvidenceLevel, refusalProblem as refusalStepProblem, validateClaim, type ClaimDraft, type ClaimInput, type RefusalDraft } from './step-checks.js';
import { toAnswers, type ClaimDecision, type ExceptionDecision, type FlowAnswers, type FlowMeta, type RefusalDecision } from './flow-answers.js';
import {
  adviceStepOffered,
  exceptionChoices,
  nextOpenPosition,
  previousPosition,
  pruneFlow,
  referralRules,
  refusalChoices,
  refusalOffers,
  relevantQuestions,
  type ExceptionChoice,
  type FlowPosition,
  type RefusalChoice,
} from './flow-navigation.js';
import { reviewOf, type FlowReview } from './flow-review.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { flowMessages } from './flow-messages.js';

export type FlowStage = QuestionSection | 'advice' | 'exceptions' | 'refusals' | 'review' | 'verdict';

/** Every stage in the order a user goes through them. */
export const FLOW_STAGES: readonly FlowStage[] = ['intake', 'advice', ...DOMAINS, 'exceptions', 'refusals', 'review', 'verdict'];

/** The CCV/BVA advice as the advice step receives it: the answers file's form (reference and date required). */
export type AdviceInput = WrittenAdvice;
/** An advice being typed: the parts not yet given are not checked. */
export type AdviceDraft = Partial<AdviceInput>;

export interface FlowInput {
  meta: FlowMeta;
  /** Answers and decisions to start from, e.g. from a saved state file. */
  values?: Record<string, GivenAnswer>;
  decisions?: Record<string, ExceptionDecision>;
  skipped?: string[];
  refusals?: Record<string, RefusalDecision>;
  /** Reasons to offer again at the refusal step (see `FlowAnswers.earlierReasons`). */
  earlierReasons?: Record<string, string>;
  /** Claims to offer again at the exception step (see `FlowAnswers.earlierClaims`). */
  earlierClaims?: Record<string, ClaimDecision>;
  /** The advice step was answered (see `FlowAnswers.adviceAnswered`). */
  adviceAnswered?: boolean;
}

export interface FlowContext {
  /** The catalogue the machine was built for. */
  catalogue: Catalogue;
  flow: FlowAnswers;
  position: FlowPosition;
  /** At the exception step: each exception that may be claimed, with the basics it may waive and the evidence it may carry. Empty elsewhere. */
  choices: ExceptionChoice[];
  /**
   * At the refusal step: each basic not yet decided that may be refused with a reason, with the
   * scenarios and measures a refusal keeps blocked. Empty elsewhere.
   */
  refusable: RefusalChoice[];
  /** At the review: every question asked with its answer, the claims made and the refusals given. Absent elsewhere. */
  review?: FlowReview;
  /**
   * At the review, when a scenario is at a level that is not certifiable (D): the risk rules that put
   * it there. The check then asked only the intake, and the verdict will refer.
   */
  referral?: { rules: string[] };
  /** Why the last answer or claim was refused; cleared by the next accepted one. */
  problem?: Problem;
  verdict?: Verdict;
}

export type FlowEvent =
  | { type: 'ANSWER'; value: unknown; evidence?: EvidenceLevel }
  | { type: 'SKIP' }
  | { type: 'BACK' }
  | ({ type: 'CLAIM' } & ClaimInput)
  /** At the exception step: no (further) exception; at the refusal step: no (further) refusal. */
  | { type: 'DECLINE' }
  /** At the refusal step: refuse one offered basic, for the reason the user gives ("gemotiveerd afzien"). */
  | { type: 'REFUSE'; requirement: string; reason: string }
  /** At the advice step: the advice the bestuurder holds, or null for "no advice". */
  | { type: 'ADVICE'; advice: AdviceInput | null }
  | { type: 'EDIT'; question: string }
  /** From the review: answer the advice step, or the refusal step, again. */
  | { type: 'EDIT'; step: 'advice' | 'refusals' }
  /** `at`: the moment of the verdict (its `evaluatedAt`). */
  | { type: 'CONFIRM'; at: Date };

/** The stage a position belongs to. */
export function stageOf(catalogue: Catalogue, position: FlowPosition): FlowStage {
  if (position.kind !== 'question') return position.kind;
  return catalogue.questions.find((question) => question.id === position.question)?.section ?? 'intake';
}

/**
 * The machine for one catalogue. Start it with `createActor(createAssessmentMachine(catalogue), { input })`.
 * @example
 * const actor = createActor(createAssessmentMachine(catalogue), { input: { meta } }).start();
 * if (actor.getSnapshot().can({ type: 'SKIP' })) actor.send({ type: 'SKIP' });
 * actor.send({ type: 'ANSWER', value: true });
 * actor.getSnapshot().context.problem; // why the answer was refused, if it was
 */
export function createAssessmentMachine(catalogue: Catalogue) {
  const sections = FLOW_STAGES.filter((stage) => catalogue.questions.some((question) => question.section === stage));

  const questionStage = {
    on: {
      ANSWER: [
        { guard: 'isValidAnswer', target: 'route', actions: 'recordAnswer' },
        { actions: 'rejectAnswer' },
      ],
      SKIP: { guard: 'canSkip', target: 'route', actions: 'skipQuestion' },
      BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
    },
  } as const;

  return setup({
    types: {} as { context: FlowContext; events: FlowEvent; input: FlowInput; output: Verdict },
    guards: {
      atStage: ({ context }, params: { stage: FlowStage }) => stageOf(context.catalogue, context.position) === params.stage,
      isValidAnswer: ({ context, event }) => event.type === 'ANSWER' && answerProblem(context, event) === undefined,
      // Intake answers set the risk: without them there is no verdict, so they cannot be left open.
      canSkip: ({ context }) => context.position.kind === 'question' && questionById(context.catalogue, context.position.question).section !== 'intake',
      canGoBack: ({ context }) => previousPosition(context.catalogue, context.flow, context.position) !== undefined,
      isValidClaim: ({ context, event }) => event.type === 'CLAIM' && claimProblem(context, event) === undefined,
      hasChoices: ({ context }) => context.choices.length > 0,
      isValidRefusal: ({ context, event }) => event.type === 'REFUSE' && refusalProblem(context, event) === undefined,
      hasRefusable: ({ context }) => context.refusable.length > 0,
      isEditable: ({ context, event }) => {
        if (event.type !== 'EDIT') return false;
        if (!('step' in event)) return relevantQuestions(context.catalogue, context.flow).includes(event.question);
        return event.step === 'advice' ? adviceStepOffered(context.catalogue, context.flow) : refusalOffers(context.catalogue, context.flow).length > 0;
      },
      isValidAdvice: ({ context, event }) => event.type === 'ADVICE' && adviceProblem(context, event.advice) === undefined,
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const question = currentQuestion(context);
        const given: GivenAnswer = { value: answerValue(event.value), evidence: event.evidence ?? 'self-declared' };
        const skipped = context.flow.skipped.filter((id) => id !== question);
        const flow = pruneFlow(context.catalogue, { ...context.flow, values: { ...context.flow.values, [question]: given }, skipped });
        return { flow, ...at(context.catalogue, flow, nextOpenPosition(context.catalogue, flow, context.position)), problem: undefined };
      }),
      skipQuestion: assign(({ context, event }) => {
        assertEvent(event, 'SKIP');
        const question = currentQuestion(context);
        const values = Object.fromEntries(Object.entries(context.flow.values).filter(([id]) => id !== question));
        const flow = pruneFlow(context.catalogue, { ...context.flow, values, skipped: [...context.flow.skipped, question] });
        return { flow, ...at(context.catalogue, flow, nextOpenPosition(context.catalogue, flow, context.position)), problem: undefined };
      }),
      recordAdvice: assign(({ context, event }) => {
        assertEvent(event, 'ADVICE');
        const meta: FlowMeta = { ...context.flow.meta };
        if (event.advice === null) delete meta.advice;
        else meta.advice = adviceFromWritten(trimmed(event.advice));
        const flow = pruneFlow(context.catalogue, { ...context.flow, meta, adviceAnswered: true });
        return { flow, ...at(context.catalogue, flow, nextOpenPosition(context.catalogue, flow, context.position)), problem: undefined };
      }),
      rejectAdvice: assign(({ context, event }) => {
        assertEvent(event, 'ADVICE');
        return { problem: adviceProblem(context, event.advice) };
      }),
      rejectAnswer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const problem = answerProblem(context, event);
        if (problem === undefined) throw new Error('an accepted answer was rejected');
        return { problem };
      }),
      goBack: assign(({ context, event }) => {
        assertEvent(event, 'BACK');
        const target = previousPosition(context.catalogue, context.flow, context.position) ?? context.position;
        // The exception and refusal steps are asked anew as a whole: their earlier decisions go (a claim's words and a refusal's reason are offered again).
        const flow = target.kind === 'exceptions' ? exceptionsAskedAnew(context.flow) : target.kind === 'refusals' ? refusalsAskedAnew(context.flow) : context.flow;
        return { flow, ...at(context.catalogue, flow, target), problem: undefined };
      }),
      recordClaim: assign(({ context, event }) => {
        assertEvent(event, 'CLAIM');
        const decision: ExceptionDecision = {
          kind: 'claim',
          exception: event.exception,
          justification: event.justification.trim(),
          evidence: evidenceOf(event),
          ...(event.proof ? { proof: event.proof } : {}),
        };
        return decide(context, Object.fromEntries(event.requirements.map((requirement) => [requirement, decision])));
      }),
      rejectClaim: assign(({ context, event }) => {
        assertEvent(event, 'CLAIM');
        return { problem: claimProblem(context, event) };
      }),
      // No (further) exception: every basic still offered is declined at once.
      recordDecline: assign(({ context, event }) => {
        assertEvent(event, 'DECLINE');
        return decide(context, Object.fromEntries(context.choices.flatMap((choice) => choice.requirements).map((requirement) => [requirement, { kind: 'declined' } as const])));
      }),
      recordRefusal: assign(({ context, event }) => {
        assertEvent(event, 'REFUSE');
        return decideRefusals(context, { [event.requirement]: { kind: 'refused', reason: event.reason.trim() } });
      }),
      rejectRefusal: assign(({ context, event }) => {
        assertEvent(event, 'REFUSE');
        return { problem: refusalProblem(context, event) };
      }),
      // No (further) refusal: every basic still offered is kept as it is.
      recordKeep: assign(({ context, event }) => {
        assertEvent(event, 'DECLINE');
        return decideRefusals(context, Object.fromEntries(context.refusable.map((choice) => [choice.requirement, { kind: 'declined' } as const])));
      }),
      startEdit: assign(({ context, event }) => {
        assertEvent(event, 'EDIT');
        if (!('step' in event)) return { ...at(context.catalogue, context.flow, { kind: 'question', question: event.question }), problem: undefined };
        // The refusal step is asked anew as a whole, as when going back to it.
        const flow = event.step === 'refusals' ? refusalsAskedAnew(context.flow) : context.flow;
        return { flow, ...at(context.catalogue, flow, { kind: event.step }), problem: undefined };
      }),
      computeVerdict: assign(({ context, event }) => {
        assertEvent(event, 'CONFIRM');
        return { verdict: evaluate(context.catalogue, toAnswers(context.catalogue, context.flow), event.at) };
      }),
    },
  }).createMachine({
    id: 'pkvw-light-check',
    context: ({ input }) => {
      const flow = pruneFlow(catalogue, {
        meta: input.meta,
        values: input.values ?? {},
        decisions: input.decisions ?? {},
        skipped: input.skipped ?? [],
        ...(input.refusals === undefined ? {} : { refusals: input.refusals }),
        ...(input.earlierReasons === undefined ? {} : { earlierReasons: input.earlierReasons }),
        ...(input.earlierClaims === undefined ? {} : { earlierClaims: input.earlierClaims }),
        ...(input.adviceAnswered === undefined ? {} : { adviceAnswered: input.adviceAnswered }),
      });
      return { catalogue, flow, ...at(catalogue, flow, nextOpenPosition(catalogue, flow)) };
    },
    initial: 'route',
    output: ({ context }) => {
      if (context.verdict === undefined) throw new Error('the machine finished without a verdict');
      return context.verdict;
    },
    states: {
      // Transient: goes straight to the stage of the current position.
      route: {
        always: [
          ...[...sections, 'advice' as const, 'exceptions' as const, 'refusals' as const].map((stage) => ({ guard: { type: 'atStage' as const, params: { stage } }, target: stage })),
          { target: 'review' },
        ],
      },
      ...Object.fromEntries(sections.map((stage) => [stage, questionStage])),
      advice: {
        on: {
          ADVICE: [{ guard: 'isValidAdvice', target: 'route', actions: 'recordAdvice' }, { actions: 'rejectAdvice' }],
          BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
        },
      },
      exceptions: {
        on: {
          CLAIM: [{ guard: 'isValidClaim', target: 'route', actions: 'recordClaim' }, { actions: 'rejectClaim' }],
          DECLINE: { guard: 'hasChoices', target: 'route', actions: 'recordDecline' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
        },
      },
      refusals: {
        on: {
          REFUSE: [{ guard: 'isValidRefusal', target: 'route', actions: 'recordRefusal' }, { actions: 'rejectRefusal' }],
          DECLINE: { guard: 'hasRefusable', target: 'route', actions: 'recordKeep' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
        },
      },
      review: {
        on: {
          EDIT: { guard: 'isEditable', target: 'route', actions: 'startEdit' },
          CONFIRM: { target: 'verdict', actions: 'computeVerdict' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
        },
      },
      verdict: {
        type: 'final',
      },
    },
  });
}

export type AssessmentMachine = ReturnType<typeof createAssessmentMachine>;

function questionById(catalogue: Catalogue, id: string) {
  const question = catalogue.questions.find((candidate) => candidate.id === id);
  if (question === undefined) throw new Error(`flow position names unknown question ${id}`);
  return question;
}

/** Narrows an already validated answer value. */
function answerValue(value: unknown): GivenAnswer['value'] {
  if (typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  throw new Error('answer value was not validated');
}

function evidenceOf(claim: ClaimInput): Extract<ExceptionDecision, { kind: 'claim' }>['evidence'] {
  if (!isEvidenceLevel(claim.evidence.level)) throw new Error('claim evidence was not validated');
  const reference = claim.evidence.reference?.trim();
  return reference ? { level: claim.evidence.level, reference } : { level: claim.evidence.level };
}

function currentQuestion(context: FlowContext): string {
  if (context.position.kind !== 'question') throw new Error('a question event outside a question');
  return context.position.question;
}

/** A position with what the user is offered there. */
function at(catalogue: Catalogue, flow: FlowAnswers, position: FlowPosition): Pick<FlowContext, 'position' | 'choices' | 'refusable' | 'review' | 'referral'> {
  return {
    position,
    choices: position.kind === 'exceptions' ? exceptionChoices(catalogue, flow) : [],
    refusable: position.kind === 'refusals' ? refusalChoices(catalogue, flow) : [],
    review: position.kind === 'review' ? reviewOf(catalogue, flow) : undefined,
    referral: position.kind === 'review' ? referralOf(catalogue, flow) : undefined,
  };
}

/**
 * The refusal step asked anew: its decisions go, so every offered basic is asked again, but each
 * reason given is kept (with any kept from before) to be offered as the answer to start from.
 */
function refusalsAskedAnew(flow: FlowAnswers): FlowAnswers {
  const earlierReasons = { ...flow.earlierReasons };
  for (const [requirement, decision] of Object.entries(flow.refusals ?? {})) if (decision.kind === 'refused') earlierReasons[requirement] = decision.reason;
  return { ...flow, refusals: {}, ...(Object.keys(earlierReasons).length === 0 ? {} : { earlierReasons }) };
}

/**
 * The exception step asked anew: its decisions go, so every offered basic is asked again, but each
 * claim made is kept (with any kept from before) to be offered as the answer to start from.
 */
function exceptionsAskedAnew(flow: FlowAnswers): FlowAnswers {
  const earlierClaims = { ...flow.earlierClaims };
  for (const [requirement, decision] of Object.entries(flow.decisions)) if (decision.kind === 'claim') earlierClaims[requirement] = decision;
  return { ...flow, decisions: {}, ...(Object.keys(earlierClaims).length === 0 ? {} : { earlierClaims }) };
}

/** The risk rules that lift a scenario to a level that is not certifiable, or undefined when none does. */
function referralOf(catalogue: Catalogue, flow: FlowAnswers): FlowContext['referral'] {
  const rules = referralRules(catalogue, toAnswers(catalogue, flow, false));
  return rules.length === 0 ? undefined : { rules };
}

/** The advice as it is recorded: its reference without the spaces around it. */
function trimmed(advice: AdviceInput): AdviceInput {
  return { ...advice, reference: advice.reference.trim() };
}

/**
 * Why the advice (or the part of it typed so far) would be refused: the answers file's own rules
 * (`adviceProblems` in answers/), against the answers' date, so `assess` on the exported file agrees.
 */
function adviceProblem(context: FlowContext, draft: AdviceDraft | null): Problem | undefined {
  if (draft === null) return undefined;
  const given = new Set(Object.keys(draft).filter((key) => draft[key as keyof AdviceDraft] !== undefined));
  // A part not yet typed is filled with one that passes, and its problems are not reported.
  const advice: AdviceInput = { ...draft, reference: draft.reference?.trim() ?? '-', date: draft.date ?? context.flow.meta.date };
  const problem = adviceProblems(advice, context.catalogue, context.flow.meta.date).find((candidate) => given.has(String(candidate.path[0])));
  return problem === undefined ? undefined : { code: problem.code, severity: 'error', params: problem.params };
}

/** Why `event` would be refused at the current question; the guard, the refusal and `stepProblem` all ask this. */
function answerProblem(context: FlowContext, event: Extract<FlowEvent, { type: 'ANSWER' }>): Problem | undefined {
  if (context.position.kind !== 'question') return undefined;
  const question = questionById(context.catalogue, context.position.question);
  const problem = valueProblem(question, event.value);
  if (problem !== undefined || event.evidence === undefined || isEvidenceLevel(event.evidence)) return problem;
  return { code: 'flow-evidence-unknown', severity: 'error', params: { allowed: EVIDENCE_LEVELS.join(', ') } } satisfies ProblemOf<typeof flowMessages>;
}

function claimProblem(context: FlowContext, claim: ClaimDraft): Problem | undefined {
  return validateClaim(context.choices, claim, context.flow.meta.kind);
}

function refusalProblem(context: FlowContext, refusal: RefusalDraft): Problem | undefined {
  return refusalStepProblem(context.refusable, refusal);
}

/**
 * Why the machine would refuse an answer, or a claim being typed (its missing parts unchecked), at
 * the current step, without sending anything: so a prompt can say it while the user types. The
 * same check the machine makes when the event is sent; undefined when it would be accepted.
 * @example
 * stepProblem(actor.getSnapshot().context, { type: 'ANSWER', value: 9 }) // { code: 'flow-answer-out-of-range', … }
 */
export function stepProblem(
  context: FlowContext,
  event: Extract<FlowEvent, { type: 'ANSWER' }> | ({ type: 'CLAIM' } & ClaimDraft) | { type: 'ADVICE'; advice: AdviceDraft | null } | ({ type: 'REFUSE' } & RefusalDraft),
): Problem | undefined {
  if (event.type === 'ADVICE') return adviceProblem(context, event.advice);
  if (event.type === 'REFUSE') return refusalProblem(context, event);
  return event.type === 'ANSWER' ? answerProblem(context, event) : claimProblem(context, event);
}

function decide(context: FlowContext, decisions: Record<string, ExceptionDecision>): Partial<FlowContext> {
  const decided = { ...context.flow, decisions: { ...context.flow.decisions, ...decisions } };
  // A basic decided again no longer needs its earlier claim: pruneFlow drops it.
  const flow = decided.earlierClaims === undefined ? decided : pruneFlow(context.catalogue, decided);
  return { flow, ...at(context.catalogue, flow, nextOpenPosition(context.catalogue, flow)), problem: undefined };
}

function decideRefusals(context: FlowContext, refusals: Record<string, RefusalDecision>): Partial<FlowContext> {
  const decided = { ...context.flow, refusals: { ...context.flow.refusals, ...refusals } };
  // A basic decided again no longer needs its earlier reason: pruneFlow drops it.
  const flow = decided.earlierReasons === undefined ? decided : pruneFlow(context.catalogue, decided);
  return { flow, ...at(context.catalogue, flow, nextOpenPosition(context.catalogue, flow)), problem: undefined };
}
