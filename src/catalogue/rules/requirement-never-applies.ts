import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * A requirement applies when a linked scenario reaches its minimum level. If every link names a
 * level that does not exist or is not certifiable (there the engine refers to police and OM
 * instead of judging), the requirement can never apply.
 */
export const requirementsCanApply: CatalogueRule = (ctx) =>
  ctx.requirements.flatMap((req) => {
    const { risks, responsibility, id } = req.item;
    if (risks.length === 0 && responsibility === 'bestuurder') return []; // owner-requirement-without-risk says it
    const live = risks.some((link) => ctx.byId.level.get(link.minLevel)?.item.certifiable === true);
    if (live) return [];
    const certifiable = ctx.levels.filter((l) => l.item.certifiable).map((l) => l.item.id);
    return [ctx.problem('requirement-never-applies', 'error', req, ['risks'], { id, certifiable: certifiable.join(', ') || '-' }, 'key')];
  });
