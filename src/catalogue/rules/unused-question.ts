import type { CatalogueRule } from '../catalogue-rule-context.js';
import { conditionAnswerRefs } from '../../condition/condition-references.js';

/** A question nothing reads is a question asked for nothing: it costs the user time and privacy. */
export const questionsAreUsed: CatalogueRule = (ctx) => {
  const used = new Set<string>();
  for (const site of ctx.conditions) {
    for (const id of conditionAnswerRefs(site.condition)) if (site.role !== 'askWhen' || id !== site.owner.item.id) used.add(id);
  }
  return ctx.questions
    .filter((entry) => !used.has(entry.item.id))
    .map((entry) => ctx.problem('unused-question', 'warning', entry, ['id'], { id: entry.item.id }));
};
