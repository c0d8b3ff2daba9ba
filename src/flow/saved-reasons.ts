/**
 * The user's own words in a saved check (a state file, the browser's store) checked again when it is
 * read, by the one rule an answers file or the step that took them uses: a refusal's reason by
 * answers/refusal-rules.ts, a claim's justification, evidence reference and proof texts by
 * answers/claim-rules.ts. The saved check may be older than the rule, or edited. Words that fail are
 * dropped and their basic asked again at its step; nothing else is. The problem names the requirement
 * (and exception) and the rule, never the words.
 */
import { refusalReasonProblem, type RefusalReasonProblem } from '../answers/refusal-rules.js';
import { claimTextProblem, type ClaimTextProblem } from '../answers/claim-rules.js';
import type { AnswersParams } from '../answers/answers-messages.js';
import type { CodeReading, Problem } from '../problems/problem.js';
import type { ParamsTable, ProblemOf } from '../i18n/message-map.js';
import type { flowMessages } from './flow-messages.js';
import type { ClaimDecision, ExceptionDecision, FlowAnswers, RefusalDecision } from './flow-answers.js';

type FlowTable = ParamsTable<typeof flowMessages>;

const SAVED_REASON_CODE = {
  'answers-refusal-reason-empty': 'flow-state-refusal-reason-empty',
  'answers-refusal-reason-too-long': 'flow-state-refusal-reason-too-long',
  'answers-refusal-reason-control': 'flow-state-refusal-reason-control',
} as const satisfies { [Code in RefusalReasonProblem['code']]: CodeReading<FlowTable, AnswersParams<Code>> };

/** The parts of a saved check this reads: what each step decided, and what it keeps to offer again. */
export type SavedWords = Pick<FlowAnswers, 'decisions' | 'earlierClaims' | 'refusals' | 'earlierReasons'>;

/** Words dropped on reading: the problem (a warning, unlocated) and where they stood in the saved check. */
export interface DroppedReason {
  /** One of the `flow-state-refusal-reason-*` or `flow-state-claim-text-*` codes, whose messages read no more than the rule gives. */
  problem: Problem;
  path: ['refusals', string, 'reason'] | ['earlierReasons', string] | ['decisions' | 'earlierClaims', string, ...string[]];
}

/**
 * The saved decisions, refusals and words kept to offer again, without those whose words fail the
 * rule, and what was dropped. A reason that is not text (a damaged store) counts as empty.
 * @example
 * checkSavedReasons({ decisions: {}, refusals: { 'INF-14': { kind: 'refused', reason: ' ' } } })
 * // { kept: { decisions: {}, refusals: {} }, dropped: [{ problem: { code: 'flow-state-refusal-reason-empty', … }, path: ['refusals', 'INF-14', 'reason'] }] }
 */
export function checkSavedReasons(saved: SavedWords): { kept: SavedWords; dropped: DroppedReason[] } {
  const dropped: DroppedReason[] = [];
  const fails = (requirement: string, reason: unknown, path: DroppedReason['path']): boolean => {
    const problem = refusalReasonProblem(requirement, typeof reason === 'string' ? reason : '');
    if (problem === undefined) return false;
    dropped.push({ problem: { code: SAVED_REASON_CODE[problem.code], severity: 'warning', params: problem.params }, path });
    return true;
  };
  const claimFails = (list: 'decisions' | 'earlierClaims', requirement: string, claim: ClaimDecision): boolean => {
    // Words that are not text (a damaged store) count as empty.
    const reference = claim.evidence.reference;
    const problem = claimTextProblem({ ...claim, justification: typeof claim.justification === 'string' ? claim.justification : '', evidence: typeof reference === 'string' || reference === undefined ? claim.evidence : { ...claim.evidence, reference: '' } });
    if (problem === undefined) return false;
    dropped.push({ problem: savedClaimProblem(problem, claim.exception, requirement), path: [list, requirement, ...CLAIM_PART_PATH[problem.part]] });
    return true;
  };
  const kept: SavedWords = {
    decisions: Object.fromEntries(Object.entries(saved.decisions).filter(([requirement, decision]: [string, ExceptionDecision]) => decision.kind !== 'claim' || !claimFails('decisions', requirement, decision))),
  };
  if (saved.earlierClaims !== undefined) {
    const earlier = Object.fromEntries(Object.entries(saved.earlierClaims).filter(([requirement, claim]) => !claimFails('earlierClaims', requirement, claim)));
    if (Object.keys(earlier).length > 0) kept.earlierClaims = earlier;
  }
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

/** Where in a saved claim the part that fails stands (a proof text: the proof as a whole). */
const CLAIM_PART_PATH: Record<ClaimTextProblem['part'], string[]> = { justification: ['justification'], reference: ['evidence', 'reference'], proof: ['proof'] };

function savedClaimProblem(problem: ClaimTextProblem, exception: string, requirement: string): ProblemOf<typeof flowMessages, 'flow-state-claim-text-empty' | 'flow-state-claim-text-too-long' | 'flow-state-claim-text-control'> {
  const params = { exception, requirement, part: problem.part };
  if (problem.rule === 'too-long') return { code: 'flow-state-claim-text-too-long', severity: 'warning', params: { ...params, max: problem.max ?? 0 } };
  return { code: problem.rule === 'empty' ? 'flow-state-claim-text-empty' : 'flow-state-claim-text-control', severity: 'warning', params };
}
