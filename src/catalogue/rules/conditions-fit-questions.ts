import type { Question } from '../catalogue-types.js';
import type { CatalogueRule } from '../catalogue-rule-context.js';
import type { CatalogueParams } from '../catalogue-messages.js';
import { conditionLeaves, type ConditionLeaf } from '../../condition/condition-references.js';

type FitCode = 'condition-value-not-allowed' | 'condition-form-mismatch' | 'condition-out-of-range';

/** A misfit with the parameters its message reads, but the question, its type and the operator, which the rule adds. */
type Finding = { [Code in FitCode]: { code: Code; operator: string; params: Omit<CatalogueParams<Code>, 'question' | 'type' | 'operator'> } }[FitCode];

/**
 * A condition compares an answer only in a way its question can be answered: `is true` on a
 * yes/no question, option values of a choice question, `includes` on multi-choice, numbers within
 * the question's range. Otherwise the condition silently never holds.
 */
export const conditionsFitQuestions: CatalogueRule = (ctx) =>
  ctx.conditions.flatMap((site) =>
    conditionLeaves(site.condition).flatMap((leaf) => {
      if (!('answer' in leaf.condition)) return [];
      const question = ctx.byId.question.get(leaf.condition.answer)?.item;
      if (!question) return [];
      return misfits(leaf, question).map(({ code, operator, params }) =>
        ctx.problem(code, 'error', site, [...leaf.path, operator], { question: question.id, type: question.type, operator, ...params }),
      );
    }),
  );

function misfits({ condition }: ConditionLeaf, question: Question): Finding[] {
  if (!('answer' in condition)) return [];
  const options = (question.options ?? []).map((o) => o.value);
  const notAnOption = (operator: string, value: string): Finding[] =>
    options.includes(value) ? [] : [{ code: 'condition-value-not-allowed', operator, params: { value, allowed: options.join(', ') } }];
  const wrongForm = (operator: string, expected: string): Finding[] => [{ code: 'condition-form-mismatch', operator, params: { expected } }];

  if ('is' in condition) {
    const value = condition.is;
    if (question.type === 'boolean') {
      return typeof value === 'boolean' ? [] : [{ code: 'condition-value-not-allowed', operator: 'is', params: { value: String(value), allowed: 'true, false' } }];
    }
    if (question.type === 'choice') {
      return typeof value === 'string' ? notAnOption('is', value) : [{ code: 'condition-value-not-allowed', operator: 'is', params: { value: String(value), allowed: options.join(', ') } }];
    }
    if (question.type === 'number') return typeof value === 'number' ? outOfRange('is', value, question) : wrongForm('is', 'atLeast / atMost');
    return wrongForm('is', 'includes');
  }
  if ('oneOf' in condition) {
    if (question.type !== 'choice') return wrongForm('oneOf', expectedFormFor(question));
    return condition.oneOf.flatMap((value) => notAnOption('oneOf', value));
  }
  if ('includes' in condition) {
    return question.type === 'multi' ? notAnOption('includes', condition.includes) : wrongForm('includes', expectedFormFor(question));
  }
  if ('atLeast' in condition) {
    return question.type === 'number' ? outOfRange('atLeast', condition.atLeast, question) : wrongForm('atLeast', expectedFormFor(question));
  }
  if ('atMost' in condition) {
    return question.type === 'number' ? outOfRange('atMost', condition.atMost, question) : wrongForm('atMost', expectedFormFor(question));
  }
  return [];
}

function outOfRange(operator: string, value: number, question: Question): Finding[] {
  // An empty range is reported once, on the question (question-range-invalid), not on every use.
  if (question.min !== undefined && question.max !== undefined && question.min > question.max) return [];
  const below = question.min !== undefined && value < question.min;
  const above = question.max !== undefined && value > question.max;
  if (!below && !above) return [];
  return [{ code: 'condition-out-of-range', operator, params: { value, min: question.min ?? '-∞', max: question.max ?? '∞' } }];
}

function expectedFormFor(question: Question): string {
  switch (question.type) {
    case 'boolean':
      return 'is: true / is: false';
    case 'choice':
      return 'is / oneOf';
    case 'multi':
      return 'includes';
    case 'number':
      return 'atLeast / atMost';
  }
}
