import type { CatalogueRule } from '../catalogue-rule-context.js';
import { conditionLeaves } from '../../condition/condition-references.js';
import { flowPositions } from '../question-flow-order.js';

/**
 * `askWhen` may read only questions asked before this one (intake, wonen, werk, verplaatsen,
 * informatie; file and document order within a section): otherwise the flow cannot decide whether
 * to ask it.
 */
export const askWhenRefersBack: CatalogueRule = (ctx) => {
  const position = flowPositions(ctx.questions.map((e) => e.item));
  return ctx.conditions
    .filter((site) => site.role === 'askWhen')
    .flatMap((site) => {
      const asking = site.owner.item.id;
      const askingAt = position.get(asking) ?? -1;
      return conditionLeaves(site.condition).flatMap(({ condition, path }) => {
        if (!('answer' in condition)) return [];
        const referredAt = position.get(condition.answer);
        if (referredAt === undefined || referredAt < askingAt) return [];
        return [ctx.problem('ask-when-forward-reference', 'error', site, [...path, 'answer'], { question: asking, refers: condition.answer })];
      });
    });
};
