/**
 * Where each kind of reference is written. The reference rules and the unused-item checks share
 * these so that a new place for a reference is added once.
 */
import type { CatalogueRuleContext, Path, Place } from '../catalogue-rule-context.js';
import { conditionLeaves } from '../../condition/condition-references.js';

/** One written reference: the id, the place of the item holding it, and the path below that item. */
export interface ReferenceSite {
  id: string;
  place: Place;
  below: Path;
}

export function scenarioReferences(ctx: CatalogueRuleContext): ReferenceSite[] {
  return [
    ...ctx.riskRules.flatMap((rule) => rule.item.scenarios.map((id, i) => ({ id, place: rule, below: ['scenarios', i] }))),
    ...ctx.requirements.flatMap((req) => req.item.risks.map((link, i) => ({ id: link.scenario, place: req, below: ['risks', i, 'scenario'] }))),
    ...ctx.requirements.flatMap((req) => (req.item.measure?.scenarios ?? []).map((id, i) => ({ id, place: req, below: ['measure', 'scenarios', i] }))),
    ...ctx.conditions.flatMap((site) =>
      conditionLeaves(site.condition).flatMap(({ condition, path }) => ('risk' in condition ? [{ id: condition.risk, place: site, below: [...path, 'risk'] }] : [])),
    ),
  ];
}

export function levelReferences(ctx: CatalogueRuleContext): ReferenceSite[] {
  return [
    ...ctx.scenarios.map((scenario) => ({ id: scenario.item.baseline, place: scenario, below: ['baseline'] })),
    ...ctx.riskRules.map((rule) => ({ id: rule.item.level, place: rule, below: ['level'] })),
    ...ctx.requirements.flatMap((req) => req.item.risks.map((link, i) => ({ id: link.minLevel, place: req, below: ['risks', i, 'minLevel'] }))),
    ...ctx.conditions.flatMap((site) =>
      conditionLeaves(site.condition).flatMap(({ condition, path }) => {
        if ('risk' in condition) return [{ id: condition.atLeast, place: site, below: [...path, 'atLeast'] }];
        if ('anyRisk' in condition) return [{ id: condition.anyRisk.atLeast, place: site, below: [...path, 'anyRisk', 'atLeast'] }];
        return [];
      }),
    ),
  ];
}

export function questionReferences(ctx: CatalogueRuleContext): ReferenceSite[] {
  return ctx.conditions.flatMap((site) =>
    conditionLeaves(site.condition).flatMap(({ condition, path }) => ('answer' in condition ? [{ id: condition.answer, place: site, below: [...path, 'answer'] }] : [])),
  );
}

export function exceptionReferences(ctx: CatalogueRuleContext): ReferenceSite[] {
  return ctx.requirements.flatMap((req) => (req.item.exceptions ?? []).map((id, i) => ({ id, place: req, below: ['exceptions', i] })));
}

export function sourceReferences(ctx: CatalogueRuleContext): ReferenceSite[] {
  const cited = (place: Place, ids: readonly string[], below: Path = ['sources']) => ids.map((id, i) => ({ id, place, below: [...below, i] }));
  return [
    ...ctx.metadata.flatMap((meta) => [
      ...cited(meta, meta.item.certificate.sources, ['certificate', 'sources']),
      ...cited(meta, meta.item.quoteRule?.sources ?? [], ['quoteRule', 'sources']),
    ]),
    ...ctx.levels.flatMap((e) => cited(e, e.item.sources)),
    ...ctx.scenarios.flatMap((e) => cited(e, e.item.sources)),
    ...ctx.riskRules.flatMap((e) => cited(e, e.item.sources)),
    ...ctx.requirements.flatMap((e) => [
      ...cited(e, e.item.sources),
      ...cited(e, e.item.cost?.sources ?? [], ['cost', 'sources']),
      ...cited(e, e.item.costClass?.sources ?? [], ['costClass', 'sources']),
    ]),
    ...ctx.exceptions.flatMap((e) => [...cited(e, e.item.sources), ...cited(e, e.item.proof?.cutOff?.sources ?? [], ['proof', 'cutOff', 'sources'])]),
  ];
}
