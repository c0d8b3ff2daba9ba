/**
 * The risk level of every scenario: its baseline, raised by the intake rules that hold, or fixed
 * by a CCV/BVA security advice. A level that is not certifiable (D: police/OM involved in the
 * bestuurder's protection) is a floor: no advice lowers it, and rules only ever raise. Pure.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { LevelBasis, ScenarioRisk } from './risk-types.js';
import { evaluateCondition, type AnswerLookup, type ConditionContext } from '../condition/evaluate-condition.js';

const levelOrders = new WeakMap<Catalogue, ReadonlyMap<string, number>>();

/** Position of each level id in `catalogue.levels`, lowest first. Cached per catalogue object. */
export function levelOrderOf(catalogue: Catalogue): ReadonlyMap<string, number> {
  let order = levelOrders.get(catalogue);
  if (!order) {
    order = new Map(catalogue.levels.map((level, index) => [level.id, index]));
    levelOrders.set(catalogue, order);
  }
  return order;
}

/** Answer values by question id, as conditions read them: a view on the answers, not a copy. */
export function answerValues(answers: Answers): AnswerLookup {
  const given = answers.answers;
  return { get: (questionId) => (Object.hasOwn(given, questionId) ? given[questionId]?.value : undefined) };
}

/**
 * @example
 * deriveRiskProfile(catalogue, answers)
 * // [{ scenario: 'SC-13', level: 'B', basis: { kind: 'rule', rule: 'RR-04' } }, ...]
 */
export function deriveRiskProfile(catalogue: Catalogue, answers: Answers, values: AnswerLookup = answerValues(answers)): ScenarioRisk[] {
  const levelOrder = levelOrderOf(catalogue);
  const baseline = new Map<string, number>();
  for (const scenario of catalogue.scenarios) baseline.set(scenario.id, levelOrder.get(scenario.baseline) ?? 0);

  // Risk rules never see levels raised by other rules: a rule that uses a risk form is evaluated
  // against the baseline levels only, so the outcome cannot depend on the order rules are read in.
  const ctx: ConditionContext = { values, scenarioLevels: baseline, levelOrder };
  const current = new Map<string, { index: number; level: string; basis: LevelBasis }>();
  for (const scenario of catalogue.scenarios) {
    current.set(scenario.id, { index: baseline.get(scenario.id) ?? 0, level: scenario.baseline, basis: { kind: 'baseline' } });
  }

  for (const rule of catalogue.riskRules) {
    const index = levelOrder.get(rule.level);
    if (index === undefined) continue;
    // Unknown (a missing answer) does not raise: the intake check demands every relevant intake answer.
    if (evaluateCondition(rule.when, ctx) !== true) continue;
    for (const scenario of rule.scenarios) {
      const now = current.get(scenario);
      // Strictly higher: on a tie the rule that came first in the catalogue keeps the credit.
      if (now && index > now.index) current.set(scenario, { index, level: rule.level, basis: { kind: 'rule', rule: rule.id } });
    }
  }

  const advice = answers.advice;
  const profile: ScenarioRisk[] = [];
  for (const scenario of catalogue.scenarios) {
    const advised = advice && Object.hasOwn(advice.levels, scenario.id) ? advice.levels[scenario.id] : undefined;
    const derived = current.get(scenario.id);
    const floor = derived !== undefined && !certifiable(catalogue, derived.level);
    const lowers = advised !== undefined && (levelOrder.get(advised) ?? 0) < (derived?.index ?? 0);
    if (advice && advised !== undefined && levelOrder.has(advised) && !(floor && lowers)) {
      profile.push({ scenario: scenario.id, level: advised, basis: { kind: 'advice', reference: advice.reference } });
    } else if (derived) {
      profile.push({ scenario: scenario.id, level: derived.level, basis: derived.basis });
    }
  }
  return profile;
}

function certifiable(catalogue: Catalogue, level: string): boolean {
  return catalogue.levels.some((l) => l.id === level && l.certifiable);
}

/**
 * The rules that ask for a CCV/BVA advice first (`requiresAdvice`) and hold, with the scenarios they
 * raise, when the answers carry no advice; `undefined` otherwise. With an advice, its levels apply.
 * Seed §2.2: the employer funds "de geadviseerde maatregelen" after the Beveiligingsautoriteit
 * established the advice; a self-check cannot stand in for that assessment after damage at the home.
 */
export function rulesAwaitingAdvice(catalogue: Catalogue, answers: Answers, values: AnswerLookup = answerValues(answers)): { rules: string[]; scenarios: string[] } | undefined {
  if (answers.advice) return undefined;
  const levelOrder = levelOrderOf(catalogue);
  const baseline = new Map(catalogue.scenarios.map((s) => [s.id, levelOrder.get(s.baseline) ?? 0]));
  const ctx: ConditionContext = { values, scenarioLevels: baseline, levelOrder };
  const rules: string[] = [];
  const scenarios = new Set<string>();
  for (const rule of catalogue.riskRules) {
    if (rule.requiresAdvice !== true || evaluateCondition(rule.when, ctx) !== true) continue;
    rules.push(rule.id);
    for (const scenario of rule.scenarios) scenarios.add(scenario);
  }
  if (rules.length === 0) return undefined;
  // In catalogue order of the scenarios, so the verdict does not depend on rule order.
  return { rules, scenarios: catalogue.scenarios.map((s) => s.id).filter((id) => scenarios.has(id)) };
}
