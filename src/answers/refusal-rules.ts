/**
 * The rule a reasoned refusal's reason must meet, in one place: an answers file (`validateAnswers`)
 * and the interactive check (the flow machine's refusal step, as the user types) both ask it, so a
 * refusal typed in the check and exported is accepted by `assess` exactly as it was by the check. A
 * problem names the requirement and the limit, never the reason: it is the user's words about their home.
 */
import type { AnswersParams } from './answers-messages.js';
import { textProblem } from '../yaml/yaml-document.js';

/** The schema's `maxLength` of `refusals[].reason` (spec/schema/answers.schema.json; a test keeps them equal). */
export const REFUSAL_REASON_MAX = 2000;

type ReasonCode = 'answers-refusal-reason-empty' | 'answers-refusal-reason-too-long' | 'answers-refusal-reason-control';

export type RefusalReasonProblem = { [Code in ReasonCode]: { code: Code; params: AnswersParams<Code> } }[ReasonCode];

/**
 * Why `reason` cannot be the reason for refusing `requirement`: nothing but spaces, longer than the
 * answers file allows, or a character no answers file may hold (a control character other than tab
 * and line feed, the YAML reader's rule: a typed reason must survive its export); undefined when it can.
 * @example
 * refusalReasonProblem('INF-14', '  ') // { code: 'answers-refusal-reason-empty', params: { requirement: 'INF-14' } }
 */
export function refusalReasonProblem(requirement: string, reason: string): RefusalReasonProblem | undefined {
  if (reason.trim() === '') return { code: 'answers-refusal-reason-empty', params: { requirement } };
  if (reason.length > REFUSAL_REASON_MAX) return { code: 'answers-refusal-reason-too-long', params: { requirement, max: REFUSAL_REASON_MAX } };
  if (textProblem(reason) !== undefined) return { code: 'answers-refusal-reason-control', params: { requirement } };
  return undefined;
}
