/**
 * A saved advice (in a state file, or the browser's store) checked again when it is read, by the
 * answers file's own rules (answers/advice-rules.ts): against a changed catalogue it may no longer fit
 * (a measure it names is none any more). One that does not fit is dropped and the advice step asked
 * again; why is said per part, naming the part and the catalogue id it names, never the reference or
 * the date. The state file and the web page both read a saved check through this.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Advice, WrittenAdvice } from '../answers/answers-types.js';
import { adviceFromWritten, adviceProblems, type AdviceProblem } from '../answers/advice-rules.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { flowMessages } from './flow-messages.js';

/** A part of a saved advice that no longer fits: the warning, and where it stands inside the advice. */
export interface UnfitAdvicePart {
  problem: ProblemOf<typeof flowMessages, 'flow-state-advice-dropped'>;
  path: (string | number)[];
  at: AdviceProblem['at'];
}

/**
 * The saved advice as the check takes it, or why it no longer fits (every part that does not).
 * @example
 * checkSavedAdvice({ reference: 'CCV-1', date: '2026-11-12', measures: ['WON-18'] }, catalogue, '2026-11-28')
 * // { unfit: [{ problem: { code: 'flow-state-advice-dropped', params: { part: 'measure', item: 'WON-18' }, … }, path: ['measures', 0], at: 'value' }] }, when WON-18 is no measure
 */
export function checkSavedAdvice(written: WrittenAdvice, catalogue: Catalogue, answersDate: string): { advice: Advice } | { unfit: UnfitAdvicePart[] } {
  const problems = adviceProblems(written, catalogue, answersDate);
  if (problems.length === 0) return { advice: adviceFromWritten(written) };
  return { unfit: problems.map((problem) => ({ problem: adviceDropped(problem), path: problem.path, at: problem.at })) };
}

/**
 * Why a saved advice no longer fits, as a flow warning: which part (a measure, a scenario's level, a
 * basic it lets go or makes a hard condition) and the id it names there, shown only when it is an id
 * we could have written (a reference or date is never quoted).
 */
function adviceDropped(problem: AdviceProblem): ProblemOf<typeof flowMessages, 'flow-state-advice-dropped'> {
  const { code, params } = problem;
  const part =
    code === 'answers-advice-not-a-measure' ? 'measure'
    : code === 'answers-advice-unknown-scenario' ? 'scenario'
    : code === 'answers-advice-unknown-level' ? 'level'
    : code === 'answers-advice-not-a-basic' ? (params.list === 'hardConditions' ? 'hardConditions' : 'waives')
    : 'other';
  const named = String(params.requirement ?? params.scenario ?? '');
  return { code: 'flow-state-advice-dropped', severity: 'warning', params: { part, item: /^[A-Za-z0-9_.:-]{1,100}$/.test(named) ? named : '…' } };
}
