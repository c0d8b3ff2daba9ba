import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * A question can be answered as declared: choice and multi-choice offer at least two distinct
 * options, yes/no and number questions offer none, and a number range is not empty.
 */
export const questionsAreAnswerable: CatalogueRule = (ctx) =>
  ctx.questions.flatMap((entry) => {
    const question = entry.item;
    const options = question.options ?? [];
    const params = { id: question.id, type: question.type };
    if (question.type === 'choice' || question.type === 'multi') {
      if (options.length < 2) return [ctx.problem('question-too-few-options', 'error', entry, question.options ? ['options'] : ['type'], { ...params, count: options.length })];
      const seen = new Set<string>();
      return options.flatMap((option, i) => {
        if (!seen.has(option.value)) {
          seen.add(option.value);
          return [];
        }
        return [ctx.problem('question-duplicate-option', 'error', entry, ['options', i, 'value'], { ...params, value: option.value })];
      });
    }
    if (question.options) return [ctx.problem('question-options-not-allowed', 'error', entry, ['options'], params, 'key')];
    if (question.type === 'number' && question.min !== undefined && question.max !== undefined && question.min > question.max) {
      return [ctx.problem('question-range-invalid', 'error', entry, ['min'], { ...params, min: question.min, max: question.max })];
    }
    return [];
  });
