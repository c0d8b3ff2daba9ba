/**
 * The assessment as an XState machine, built from the catalogue: one state per stage (intake, the
 * four domains, exceptions, review, verdict), the question within a stage kept in context. Which
 * question comes next is decided by `flow-navigation.ts`; the verdict by the engine's `evaluate`.
 * Catalogue and clock come in through `input`, so the machine itself reads nothing from outside.
 */
import { assertEvent, assign, setup } from 'xstate';
import { DOMAINS, EVIDENCE_LEVELS, type Catalogue, type EvidenceLevel, type QuestionSection } from '../catalogue/catalogue-types.js';
import type { GivenAnswer } from '../answers/answers-types.js';
import type { Problem } from '../problems/problem.js';
import { evaluate } from '../verdict/evaluate.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { isEvidenceLevel, validateAnswerValue, validateClaim, type ClaimInput } from './answer-validation.js';
import { toAnswers, type ExceptionDecision, type FlowAnswers, type FlowMeta } from './flow-answers.js';
import { exceptionChoices, nextOpenPosition, previousPosition, pruneFlow, relevantQuestions, type ExceptionChoice, type FlowPosition } from './flow-navigation.js';

export type FlowStage = QuestionSection | 'exceptions' | 'review' | 'verdict';

/** Every stage in the order a user goes through them. */
export const FLOW_STAGES: readonly FlowStage[] = ['intake', ...DOMAINS, 'exceptions', 'review', 'verdict'];

export interface FlowInput {
  catalogue: Catalogue;
  /** Read once, when the verdict is computed, and for offers (which do not depend on it). */
  clock: () => Date;
  meta: FlowMeta;
  /** Answers and decisions to start from, e.g. from a saved state file. */
  values?: Record<string, GivenAnswer>;
  decisions?: Record<string, ExceptionDecision>;
  skipped?: string[];
}

export interface FlowContext {
  catalogue: Catalogue;
  clock: () => Date;
  flow: FlowAnswers;
  position: FlowPosition;
  /** At the exception step: each exception that may be claimed, with the basics it may waive. Empty elsewhere. */
  choices: ExceptionChoice[];
  /** Why the last answer or claim was refused; cleared by the next accepted one. */
  problem?: Problem;
  verdict?: Verdict;
}

export type FlowEvent =
  | { type: 'ANSWER'; value: unknown; evidence?: EvidenceLevel }
  | { type: 'SKIP' }
  | { type: 'BACK' }
  | ({ type: 'CLAIM' } & ClaimInput)
  | { type: 'DECLINE' }
  | { type: 'EDIT'; question: string }
  | { type: 'CONFIRM' };

/** The stage a position belongs to. */
export function stageOf(catalogue: Catalogue, position: FlowPosition): FlowStage {
  if (position.kind === 'exceptions') return 'exceptions';
  if (position.kind === 'review') return 'review';
  return catalogue.questions.find((question) => question.id === position.question)?.section ?? 'intake';
}

/**
 * The machine for one catalogue shape. Start it with `createActor(createAssessmentMachine(catalogue), { input })`.
 * @example
 * const actor = createActor(createAssessmentMachine(catalogue), { input: { catalogue, clock: () => new Date(), meta } }).start();
 * actor.send({ type: 'ANSWER', value: true });
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
      isValidAnswer: ({ context, event }) => {
        if (event.type !== 'ANSWER' || context.position.kind !== 'question') return false;
        const question = questionById(context.catalogue, context.position.question);
        return validateAnswerValue(question, event.value) === undefined && (event.evidence === undefined || isEvidenceLevel(event.evidence));
      },
      // Intake answers set the risk: without them there is no verdict, so they cannot be left open.
      canSkip: ({ context }) => context.position.kind === 'question' && questionById(context.catalogue, context.position.question).section !== 'intake',
      canGoBack: ({ context }) => previousPosition(context.catalogue, context.flow, context.clock(), context.position) !== undefined,
      isValidClaim: ({ context, event }) => event.type === 'CLAIM' && claimProblem(context, event) === undefined,
      hasChoices: ({ context }) => context.choices.length > 0,
      isEditableQuestion: ({ context, event }) =>
        event.type === 'EDIT' && relevantQuestions(context.catalogue, context.flow).includes(event.question),
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const question = currentQuestion(context);
        const given: GivenAnswer = { value: answerValue(event.value), evidence: event.evidence ?? 'self-declared' };
        const now = context.clock();
        const skipped = context.flow.skipped.filter((id) => id !== question);
        const flow = pruneFlow(context.catalogue, { ...context.flow, values: { ...context.flow.values, [question]: given }, skipped }, now);
        return { flow, ...at(context.catalogue, flow, now, nextOpenPosition(context.catalogue, flow, now, question)), problem: undefined };
      }),
      skipQuestion: assign(({ context }) => {
        const question = currentQuestion(context);
        const values = Object.fromEntries(Object.entries(context.flow.values).filter(([id]) => id !== question));
        const now = context.clock();
        const flow = pruneFlow(context.catalogue, { ...context.flow, values, skipped: [...context.flow.skipped, question] }, now);
        return { flow, ...at(context.catalogue, flow, now, nextOpenPosition(context.catalogue, flow, now, question)), problem: undefined };
      }),
      rejectAnswer: assign(({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const question = questionById(context.catalogue, currentQuestion(context));
        const problem: Problem = validateAnswerValue(question, event.value) ?? {
          code: 'flow-answer-evidence-unknown',
          severity: 'error',
          params: { question: question.id, allowed: EVIDENCE_LEVELS.join(', ') },
        };
        return { problem };
      }),
      goBack: assign(({ context }) => {
        const now = context.clock();
        const target = previousPosition(context.catalogue, context.flow, now, context.position) ?? context.position;
        // The exception step is asked anew as a whole: its earlier decisions go.
        const flow = target.kind === 'exceptions' ? { ...context.flow, decisions: {} } : context.flow;
        return { flow, ...at(context.catalogue, flow, now, target), problem: undefined };
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
      recordDecline: assign(({ context }) =>
        decide(context, Object.fromEntries(context.choices.flatMap((choice) => choice.requirements).map((requirement) => [requirement, { kind: 'declined' } as const]))),
      ),
      startEdit: assign(({ event }) => {
        assertEvent(event, 'EDIT');
        return { position: { kind: 'question', question: event.question } as const, choices: [], problem: undefined };
      }),
      computeVerdict: assign(({ context }) => ({ verdict: evaluate(context.catalogue, toAnswers(context.catalogue, context.flow), context.clock()) })),
    },
  }).createMachine({
    id: 'pkvw-light-check',
    context: ({ input }) => {
      const now = input.clock();
      const flow = pruneFlow(input.catalogue, { meta: input.meta, values: input.values ?? {}, decisions: input.decisions ?? {}, skipped: input.skipped ?? [] }, now);
      return { catalogue: input.catalogue, clock: input.clock, flow, ...at(input.catalogue, flow, now, nextOpenPosition(input.catalogue, flow, now)) };
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
          ...[...sections, 'exceptions' as const].map((stage) => ({ guard: { type: 'atStage' as const, params: { stage } }, target: stage })),
          { target: 'review' },
        ],
      },
      ...Object.fromEntries(sections.map((stage) => [stage, questionStage])),
      exceptions: {
        on: {
          CLAIM: [{ guard: 'isValidClaim', target: 'route', actions: 'recordClaim' }, { actions: 'rejectClaim' }],
          DECLINE: { guard: 'hasChoices', target: 'route', actions: 'recordDecline' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
        },
      },
      review: {
        on: {
          EDIT: { guard: 'isEditableQuestion', target: 'route', actions: 'startEdit' },
          CONFIRM: { target: 'verdict' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'goBack' },
        },
      },
      verdict: {
        type: 'final',
        entry: 'computeVerdict',
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
function at(catalogue: Catalogue, flow: FlowAnswers, now: Date, position: FlowPosition): Pick<FlowContext, 'position' | 'choices'> {
  return { position, choices: position.kind === 'exceptions' ? exceptionChoices(catalogue, flow, now) : [] };
}

function claimProblem(context: FlowContext, claim: ClaimInput): Problem | undefined {
  return validateClaim(context.choices, claim, context.flow.meta.kind);
}

function decide(context: FlowContext, decisions: Record<string, ExceptionDecision>): Partial<FlowContext> {
  const now = context.clock();
  const flow = { ...context.flow, decisions: { ...context.flow.decisions, ...decisions } };
  return { flow, ...at(context.catalogue, flow, now, nextOpenPosition(context.catalogue, flow, now)), problem: undefined };
}
