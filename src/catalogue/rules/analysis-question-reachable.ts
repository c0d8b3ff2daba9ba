import type { CatalogueRule } from '../catalogue-rule-context.js';
import { analysisSpace } from './analysis-condition-space.js';

/** A question whose askWhen can never hold is never asked, and everything that reads it stays unanswered. */
export const questionsCanBeReached: CatalogueRule = (ctx) => {
  const { unreachable } = analysisSpace(ctx);
  return unreachable.flatMap((question) => {
    const entry = ctx.byId.question.get(question.id);
    return entry ? [ctx.problem('question-unreachable', 'error', entry, ['askWhen'], { id: question.id }, 'key')] : [];
  });
};
