import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * `requiresAdvice` makes a rule's level provisional until an advice is there; on a level that is
 * not certifiable the verdict refers on anyway and no advice lowers it, so the flag would mean nothing.
 */
export const adviceFirstRulesAreCertifiable: CatalogueRule = (ctx) =>
  ctx.riskRules.flatMap((rule) => {
    if (rule.item.requiresAdvice !== true) return [];
    const level = ctx.byId.level.get(rule.item.level);
    if (!level || level.item.certifiable) return [];
    return [ctx.problem('risk-rule-advice-beyond-keurmerk', 'error', rule, ['requiresAdvice'], { id: rule.item.id, level: rule.item.level }, 'key')];
  });
