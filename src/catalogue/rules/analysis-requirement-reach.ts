import type { CatalogueRule, CatalogueRuleContext } from '../catalogue-rule-context.js';
import type { RiskLink } from '../catalogue-types.js';
import { conditionCanHold } from '../../condition/condition-satisfiability.js';
import { analysisSpace } from './analysis-condition-space.js';

/**
 * Extends `requirement-never-applies` (every link above what the keurmerk certifies): a
 * requirement whose links name certifiable levels that no scenario reaches from its baseline or
 * by a risk rule that can fire. It then applies only when a CCV/BVA advice fixes the level, which
 * may be meant, so it is a warning that says so.
 */
export const requirementsReachableByIntake: CatalogueRule = (ctx) => {
  const reach = intakeReach(ctx);
  const order = levelOrder(ctx);
  return ctx.requirements.flatMap((req) => {
    const certifiableLinks = req.item.risks.filter((link) => ctx.byId.level.get(link.minLevel)?.item.certifiable === true);
    if (certifiableLinks.length === 0) return []; // requirement-never-applies or owner-requirement-without-risk says it
    if (req.item.risks.some((link) => !ctx.byId.scenario.has(link.scenario))) return []; // an unresolved reference says it
    const reachable = certifiableLinks.some((link) => (reach.get(link.scenario) ?? []).some((level) => (order.get(level) ?? -1) >= (order.get(link.minLevel) ?? Infinity)));
    if (reachable) return [];
    return [ctx.problem('requirement-only-by-advice', 'warning', req, ['risks'], { id: req.item.id, links: describeLinks(req.item.risks) }, 'key')];
  });
};

/**
 * A requirement with one link at or below its scenario's baseline applies to everyone (as far as
 * risk goes): its other links then change nothing and suggest a proportionality that is not there.
 * A requirement whose links are all at baseline is a deliberate basic for everyone and is fine.
 */
export const requirementRiskLinksMatter: CatalogueRule = (ctx) => {
  const order = levelOrder(ctx);
  return ctx.requirements.flatMap((req) => {
    const atBaseline = (link: RiskLink) => {
      const baseline = ctx.byId.scenario.get(link.scenario)?.item.baseline;
      const min = order.get(link.minLevel);
      return baseline !== undefined && min !== undefined && min <= (order.get(baseline) ?? -1);
    };
    const always = req.item.risks.find(atBaseline);
    const moot = req.item.risks.filter((link) => !atBaseline(link));
    if (!always || moot.length === 0) return [];
    return [
      ctx.problem('requirement-always-applies', 'warning', req, ['risks'], { id: req.item.id, always: describeLinks([always]), moot: describeLinks(moot) }, 'key'),
    ];
  });
};

/** The levels each scenario can reach without an advice: its baseline and the levels of rules that can fire. */
function intakeReach(ctx: CatalogueRuleContext): Map<string, string[]> {
  const { space } = analysisSpace(ctx);
  const reach = new Map(ctx.scenarios.map((s) => [s.item.id, [s.item.baseline]]));
  for (const { item: rule } of ctx.riskRules) {
    if (conditionCanHold(rule.when, space) === false) continue;
    for (const scenario of rule.scenarios) reach.get(scenario)?.push(rule.level);
  }
  return reach;
}

function levelOrder(ctx: CatalogueRuleContext): Map<string, number> {
  return new Map(ctx.levels.map((l, i) => [l.item.id, i]));
}

function describeLinks(links: readonly RiskLink[]): string {
  return links.map((link) => `${link.scenario} ≥ ${link.minLevel}`).join(', ');
}
