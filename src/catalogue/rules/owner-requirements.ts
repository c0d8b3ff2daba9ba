import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * A `bestuurder` requirement decides the verdict, so it must say which risk it answers (the report
 * asks for an objectifiable relation between requirement and risk), when it is met, and on what
 * source it rests.
 */
export const ownerRequirementsAreGrounded: CatalogueRule = (ctx) =>
  ctx.requirements
    .filter((req) => req.item.responsibility === 'bestuurder')
    .flatMap((req) => {
      const params = { id: req.item.id };
      return [
        ...(req.item.risks.length === 0 ? [ctx.problem('owner-requirement-without-risk', 'error', req, ['risks'], params)] : []),
        ...(req.item.metWhen === undefined ? [ctx.problem('owner-requirement-without-met-when', 'error', req, ['id'], params)] : []),
        ...(req.item.sources.length === 0 ? [ctx.problem('owner-requirement-without-source', 'error', req, ['sources'], params)] : []),
      ];
    });
