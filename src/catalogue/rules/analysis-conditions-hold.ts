import type { CatalogueRule } from '../catalogue-rule-context.js';
import type { Requirement } from '../catalogue-types.js';
import { conditionCanHold } from '../../condition/condition-satisfiability.js';
import { analysisSpace } from './analysis-condition-space.js';

/**
 * A condition no answers can make hold: contradictory parts (`is: true` and `is: false` on one
 * question, `atLeast: 5` with `atMost: 3`), or parts that need a question that is never asked. A
 * `metWhen` is checked together with its `appliesWhen`: it is only looked at when that holds.
 * Unreachable questions themselves are `question-unreachable`.
 */
export const conditionsCanHold: CatalogueRule = (ctx) => {
  const { space } = analysisSpace(ctx);
  return ctx.conditions.flatMap((site) => {
    if (site.role === 'askWhen') return [];
    const owner = site.owner.item;
    if (conditionCanHold(site.condition, space) === false) {
      return [ctx.problem('condition-never-holds', 'error', site, [], { role: site.role, id: owner.id }, 'key')];
    }
    const appliesWhen = site.role === 'metWhen' && isRequirement(owner) ? owner.appliesWhen : undefined;
    if (appliesWhen && conditionCanHold(appliesWhen, space) !== false && conditionCanHold({ all: [appliesWhen, site.condition] }, space) === false) {
      return [ctx.problem('condition-never-holds-together', 'error', site, [], { id: owner.id }, 'key')];
    }
    return [];
  });
};

function isRequirement(item: { id: string }): item is Requirement {
  return 'risks' in item && 'remedy' in item;
}
