import type { CatalogueRule, CatalogueRuleContext } from '../catalogue-rule-context.js';
import { closestName } from '../../schema-validation/closest-name.js';
import { exceptionReferences, levelReferences, questionReferences, scenarioReferences, sourceReferences, type ReferenceSite } from './reference-sites.js';

/** A rule that reports every reference of one kind that names no existing item. */
function referencesResolve(code: 'unknown-scenario' | 'unknown-level' | 'unknown-question' | 'unknown-exception' | 'unknown-source', sites: (ctx: CatalogueRuleContext) => ReferenceSite[], known: (ctx: CatalogueRuleContext) => ReadonlyMap<string, unknown>): CatalogueRule {
  return (ctx) => {
    const ids = known(ctx);
    return sites(ctx)
      .filter((site) => !ids.has(site.id))
      .map((site) => {
        const suggestion = closestName(site.id, [...ids.keys()]);
        return ctx.problem(code, 'error', site.place, site.below, { id: site.id, known: [...ids.keys()].slice(0, 12).join(', '), ...(suggestion ? { suggestion } : {}) });
      });
  };
}

/** Risk links, risk rules and `risk` conditions name existing scenarios. */
export const scenarioReferencesResolve = referencesResolve('unknown-scenario', scenarioReferences, (ctx) => ctx.byId.scenario);
/** Baselines, risk rule levels, minimum levels and risk conditions name existing levels. */
export const levelReferencesResolve = referencesResolve('unknown-level', levelReferences, (ctx) => ctx.byId.level);
/** Conditions read only questions that exist. */
export const questionReferencesResolve = referencesResolve('unknown-question', questionReferences, (ctx) => ctx.byId.question);
/** Requirements list only exceptions that exist. */
export const exceptionReferencesResolve = referencesResolve('unknown-exception', exceptionReferences, (ctx) => ctx.byId.exception);
/** Every cited source is in a `sources` section. */
export const sourceReferencesResolve = referencesResolve('unknown-source', sourceReferences, (ctx) => ctx.byId.source);
