/**
 * Every rule on a CCV/BVA advice as written, in one place: an answers file (`validateAnswers`) and the
 * interactive check (the flow machine's advice step) both ask this, so an advice entered at the
 * keyboard and exported is refused or accepted by `assess` exactly as it was by the check. Pure; a
 * problem names the field and the limit, never the reference or the date given.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { AnswersCode, AnswersParams } from './answers-messages.js';
import type { Advice, WrittenAdvice } from './answers-types.js';
import type { ProblemParams } from '../problems/problem.js';

/** The schema's `maxLength` of `advice.reference` (spec/schema/answers.schema.json; a test keeps them equal). */
export const ADVICE_REFERENCE_MAX = 200;

export interface AdviceProblem {
  code: AnswersCode;
  params: ProblemParams;
  /** Inside the advice, e.g. `['measures', 2]`. */
  path: (string | number)[];
  at: 'key' | 'value';
}

/** C0, DEL and C1 controls: a tab or an escape sequence in a reference would be printed in the report and the terminal. */
// eslint-disable-next-line no-control-regex -- exactly the characters to refuse
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/**
 * What is wrong with `advice` for `catalogue`, given answers dated `answersDate` (an ISO date), in field order;
 * `migrated`: the advice comes from an answers@1 file, which had no date (the migration names that).
 * The date may not lie after the answers' date: an advice the bestuurder holds while answering was
 * established by then, and the answers' date is known both while typing and in the exported file
 * (the moment of the verdict is not, and a file must give the same result whenever it is assessed).
 * @example
 * adviceProblems({ reference: 'CCV-2026-0412', date: '2026-13-01' }, catalogue, '2026-11-20')
 * // [{ code: 'answers-advice-date-invalid', path: ['date'], … }]
 */
export function adviceProblems(advice: WrittenAdvice, catalogue: Catalogue, answersDate: string, migrated = false): AdviceProblem[] {
  const problems: AdviceProblem[] = [];
  // Generic so tsc checks each finding's parameters against its message (AnswersParams).
  const report = <Code extends AnswersCode>(code: Code, params: AnswersParams<Code>, path: (string | number)[], at: 'key' | 'value' = 'value') => problems.push({ code, params, path, at });

  const reference = advice.reference.trim();
  if (reference === '') report('answers-advice-reference-empty', {}, ['reference']);
  else if (advice.reference.length > ADVICE_REFERENCE_MAX) report('answers-advice-reference-too-long', { max: ADVICE_REFERENCE_MAX }, ['reference']);
  else if (CONTROL.test(advice.reference)) report('answers-advice-reference-control', {}, ['reference']);

  // An advice migrated from answers@1 has an empty date: the migration names it as to give again.
  if (!migrated || advice.date !== '') {
    if (!isIsoDate(advice.date)) report('answers-advice-date-invalid', {}, ['date']);
    else if (isIsoDate(answersDate) && advice.date > answersDate) report('answers-advice-date-future', { answersDate }, ['date']);
  }

  const scenarios = new Set(catalogue.scenarios.map((s) => s.id));
  const levels = new Set(catalogue.levels.map((l) => l.id));
  for (const [scenario, level] of Object.entries(advice.levels ?? {})) {
    if (!scenarios.has(scenario)) report('answers-advice-unknown-scenario', { scenario }, ['levels', scenario], 'key');
    else if (!levels.has(level)) report('answers-advice-unknown-level', { scenario, levels: catalogue.levels.map((l) => l.id).join(', ') }, ['levels', scenario]);
  }
  const requirements = new Map(catalogue.requirements.map((r) => [r.id, r]));
  const measures = advice.measures ?? [];
  measures.forEach((id, i) => {
    if (!requirements.get(id)?.measure) {
      const all = catalogue.requirements.filter((r) => r.measure).map((r) => r.id);
      report('answers-advice-not-a-measure', { requirement: id, measures: all.join(', ') || '—' }, ['measures', i]);
    } else if (measures.indexOf(id) !== i) report('answers-advice-duplicate', { requirement: id }, ['measures', i]);
  });
  const waives = advice.waives ?? [];
  const ownerBasics = (list: 'waives' | 'hardConditions') =>
    (advice[list] ?? []).forEach((id, i) => {
      if (requirements.get(id)?.responsibility !== 'bestuurder') report('answers-advice-not-a-basic', { requirement: id, list }, [list, i]);
      else if ((advice[list] ?? []).indexOf(id) !== i) report('answers-advice-duplicate', { requirement: id }, [list, i]);
      else if (list === 'hardConditions' && waives.includes(id)) report('answers-advice-waived-and-hard', { requirement: id }, [list, i]);
    });
  ownerBasics('waives');
  ownerBasics('hardConditions');
  return problems;
}

/** The advice as the verdict reads it: every list present. An empty date (migrated from answers@1) is no date. */
export function adviceFromWritten(advice: WrittenAdvice): Advice {
  return {
    reference: advice.reference,
    ...(advice.date === '' ? {} : { date: advice.date }),
    measures: advice.measures ?? [],
    levels: advice.levels ?? {},
    waives: advice.waives ?? [],
    hardConditions: advice.hardConditions ?? [],
  };
}

/** The advice as an answers file writes it: empty lists left out. Undefined without a date (answers@2 requires one). */
export function writtenAdviceOf(advice: Advice): WrittenAdvice | undefined {
  if (advice.date === undefined) return undefined;
  const { reference, date, measures, levels, waives, hardConditions } = advice;
  return {
    reference,
    date,
    ...(measures.length > 0 ? { measures } : {}),
    ...(Object.keys(levels).length > 0 ? { levels } : {}),
    ...(waives.length > 0 ? { waives } : {}),
    ...(hardConditions.length > 0 ? { hardConditions } : {}),
  };
}

/** A calendar date written YYYY-MM-DD (no clock needed to check it). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
