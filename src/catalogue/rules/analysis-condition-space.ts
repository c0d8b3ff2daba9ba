/**
 * The shared ground of the static-analysis rules: which questions can ever be asked, and the
 * finite space a condition is checked over. Computed per rule run; the catalogue is small.
 */
import type { CatalogueRuleContext } from '../catalogue-rule-context.js';
import type { Question } from '../catalogue-types.js';
import { conditionCanHold, type ConditionSpace } from '../../condition/condition-satisfiability.js';

/**
 * The space with `unreachable` filled in: walking the questions in order (an askWhen refers only
 * back), a question is unreachable when no answers to the reachable questions before it make its
 * askWhen hold.
 */
export function analysisSpace(ctx: CatalogueRuleContext): { space: ConditionSpace; unreachable: Question[] } {
  const unreachableIds = new Set<string>();
  const space: ConditionSpace = {
    questions: new Map([...ctx.byId.question].map(([id, entry]) => [id, entry.item])),
    unreachable: unreachableIds,
    levels: ctx.levels.map((l) => l.item.id),
    scenarios: new Set(ctx.scenarios.map((s) => s.item.id)),
  };
  const unreachable: Question[] = [];
  for (const { item } of ctx.questions) {
    if (item.askWhen && conditionCanHold(item.askWhen, space) === false) {
      unreachableIds.add(item.id);
      unreachable.push(item);
    }
  }
  return { space, unreachable };
}
