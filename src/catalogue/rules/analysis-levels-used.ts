import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * A certifiable level at which no requirement starts: a holder at that level is judged exactly as
 * at the level below, so the level distinguishes nothing. A warning: it may be a placeholder.
 */
export const levelsHaveRequirements: CatalogueRule = (ctx) => {
  const started = new Set(ctx.requirements.flatMap((req) => req.item.risks.map((link) => link.minLevel)));
  return ctx.levels
    .filter((level) => level.item.certifiable && !started.has(level.item.id))
    .map((level) => ctx.problem('level-without-requirements', 'warning', level, ['id'], { id: level.item.id }));
};
