import type { CatalogueEntry, CatalogueRule } from '../catalogue-rule-context.js';
import { placeLabel } from '../catalogue-rule-context.js';

/** Ids are unique per kind across all files: references, answers and verdicts name items by id. */
export const uniqueIds: CatalogueRule = (ctx) => {
  const lists: CatalogueEntry<{ id: string }>[][] = [ctx.levels, ctx.scenarios, ctx.riskRules, ctx.questions, ctx.requirements, ctx.exceptions, ctx.sources];
  return lists.flatMap((entries) => {
    const first = new Map<string, CatalogueEntry<{ id: string }>>();
    return entries.flatMap((entry) => {
      const earlier = first.get(entry.item.id);
      if (!earlier) {
        first.set(entry.item.id, entry);
        return [];
      }
      return [ctx.problem('duplicate-id', 'error', entry, ['id'], { kind: entry.kind, id: entry.item.id, first: placeLabel(earlier) })];
    });
  });
};
