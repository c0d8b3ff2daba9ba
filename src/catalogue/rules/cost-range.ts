import type { CatalogueRule } from '../catalogue-rule-context.js';

/** A cost indication is a range: its minimum is not above its maximum. */
export const costRangesAreOrdered: CatalogueRule = (ctx) =>
  ctx.requirements.flatMap((req) => {
    const cost = req.item.cost;
    if (!cost || cost.min <= cost.max) return [];
    return [ctx.problem('cost-range-invalid', 'error', req, ['cost', 'min'], { id: req.item.id, min: cost.min, max: cost.max })];
  });
