/**
 * Refusal reasons in a saved check (a state file, the browser's store) checked again when it is read,
 * by the one rule an answers file and the refusal step use (answers/refusal-rules.ts): the saved check
 * may be older than the rule, or edited. A reason that fails is dropped and its basic asked again at
 * the refusal step; nothing else is. The problem names the requirement and the rule, never the reason.
 */
import { refusalReasonProblem, type RefusalReasonProblem } from '../answers/refusal-rules.js';
import type { AnswersParams } from '../answers/answers-messages.js';
import type { CodeReading, Problem } from '../problems/problem.js';
import type { ParamsTable } from '../i18n/message-map.js';
import type { flowMessages } from './flow-messages.js';
import type { FlowAnswers, RefusalDecision } from './flow-answers.js';

type FlowTable = ParamsTable<typeof flowMessages>;

const SAVED_REASON_CODE = {
  'answers-refusal-reason-empty': 'flow-state-refusal-reason-empty',
  'answers-refusal-reason-too-long': 'flow-state-refusal-reason-too-long',
  'answers-refusal-reason-control': 'flow-state-refusal-reason-control',
} as const satisfies { [Code in RefusalReasonProblem['code']]: CodeReading<FlowTable, AnswersParams<Code>> };

/** A reason dropped on reading: the problem (a warning, unlocated) and where it stood in the saved check. */
export interface DroppedReason {
  /** One of the `flow-state-refusal-reason-*` codes, whose messages read no more than the rule gives (checked above). */
  problem: Problem;
  path: ['refusals', string, 'reason'] | ['earlierReasons', string];
}

/**
 * The saved refusals and reasons kept to offer again, without those whose reason fails the rule, and
 * what was dropped. A reason that is not text (a damaged store) counts as empty.
 * @example
 * checkSavedReasons({ refusals: { 'INF-14': { kind: 'refused', reason: ' ' } } })
 * // { kept: { refusals: {} }, dropped: [{ problem: { code: 'flow-state-refusal-reason-empty', … }, path: ['refusals', 'INF-14', 'reason'] }] }
 */
export function checkSavedReasons(saved: Pick<FlowAnswers, 'refusals' | 'earlierReasons'>): { kept: Pick<FlowAnswers, 'refusals' | 'earlierReasons'>; dropped: DroppedReason[] } {
  const dropped: DroppedReason[] = [];
  const fails = (requirement: string, reason: unknown, path: DroppedReason['path']): boolean => {
    const problem = refusalReasonProblem(requirement, typeof reason === 'string' ? reason : '');
    if (problem === undefined) return false;
    dropped.push({ problem: { code: SAVED_REASON_CODE[problem.code], severity: 'warning', params: problem.params }, path });
    return true;
  };
  const kept: Pick<FlowAnswers, 'refusals' | 'earlierReasons'> = {};
  if (saved.refusals !== undefined) {
    kept.refusals = Object.fromEntries(
      Object.entries(saved.refusals).filter(([requirement, decision]: [string, RefusalDecision]) => decision.kind !== 'refused' || !fails(requirement, decision.reason, ['refusals', requirement, 'reason'])),
    );
  }
  if (saved.earlierReasons !== undefined) {
    const earlier = Object.fromEntries(Object.entries(saved.earlierReasons).filter(([requirement, reason]) => !fails(requirement, reason, ['earlierReasons', requirement])));
    if (Object.keys(earlier).length > 0) kept.earlierReasons = earlier;
  }
  return { kept, dropped };
}
