/**
 * The risk level of every scenario: its baseline, raised by the intake rules that hold, or fixed
 * by a CCV/BVA security advice. A level that is not certifiable (D: police/OM involved in the
 * bestuurder's protection) is a floor: no advice lowers it, and rules only ever raise. Pure.
 */
import type { Catalogue, RiskRule } from '../catalogue/catalogue-types.js';
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

/** What the risk profile looks up, worked out once per catalogue object. */
interface RiskSteps {
  levelOrder: ReadonlyMap<string, number>;
  /** Every scenario's baseline level position: what risk rules are evaluated against. */
  baseline: ReadonlyMap<string, number>;
  scenarios: {
    id: string;
    baseline: string;
    baselineOrder: number;
    /** The scenario at its baseline, and as each rule that raises it sets it: shared by every profile and frozen. */
    atBaseline: ScenarioRisk;
    raisedBy: ReadonlyMap<RiskRule, ScenarioRisk>;
  }[];
  /** The rules with a known level, each with its level's position and the positions of the scenarios it raises. */
  rules: { rule: RiskRule; order: number; raises: number[] }[];
  /** Rules that ask for an advice first. */
  adviceRules: RiskRule[];
  certifiableLevels: ReadonlySet<string>;
}

const riskStepsCache = new WeakMap<Catalogue, RiskSteps>();
const BASELINE: LevelBasis = Object.freeze({ kind: 'baseline' });

function riskSteps(catalogue: Catalogue): RiskSteps {
  const cached = riskStepsCache.get(catalogue);
  if (cached) return cached;
  const levelOrder = levelOrderOf(catalogue);
  const position = new Map(catalogue.scenarios.map((s, i) => [s.id, i]));
  // Each scenario as each rule that raises it sets it, built once: profiles share these (frozen).
  const raisedBy = catalogue.scenarios.map(() => new Map<RiskRule, ScenarioRisk>());
  for (const rule of catalogue.riskRules) {
    const basis: LevelBasis = Object.freeze({ kind: 'rule', rule: rule.id });
    for (const id of rule.scenarios) raisedBy[position.get(id) ?? -1]?.set(rule, Object.freeze({ scenario: id, level: rule.level, basis }));
  }
  const steps: RiskSteps = {
    levelOrder,
    baseline: new Map(catalogue.scenarios.map((s) => [s.id, levelOrder.get(s.baseline) ?? 0])),
    scenarios: catalogue.scenarios.map((s, at) => ({
      id: s.id,
      baseline: s.baseline,
      baselineOrder: levelOrder.get(s.baseline) ?? 0,
      atBaseline: Object.freeze({ scenario: s.id, level: s.baseline, basis: BASELINE }),
      raisedBy: raisedBy[at] ?? new Map(),
    })),
    rules: catalogue.riskRules.flatMap((rule) => {
      const order = levelOrder.get(rule.level);
      return order === undefined ? [] : [{ rule, order, raises: rule.scenarios.flatMap((id) => (position.has(id) ? [position.get(id) ?? 0] : [])) }];
    }),
    adviceRules: catalogue.riskRules.filter((rule) => rule.requiresAdvice === true),
    certifiableLevels: new Set(catalogue.levels.filter((l) => l.certifiable).map((l) => l.id)),
  };
  riskStepsCache.set(catalogue, steps);
  return steps;
}

/**
 * @example
 * deriveRiskProfile(catalogue, answers)
 * // [{ scenario: 'SC-13', level: 'B', basis: { kind: 'rule', rule: 'RR-04' } }, ...]
 */
export function deriveRiskProfile(catalogue: Catalogue, answers: Answers, values: AnswerLookup = answerValues(answers)): ScenarioRisk[] {
  const steps = riskSteps(catalogue);
  const { levelOrder, scenarios } = steps;

  // Risk rules never see levels raised by other rules: a rule that uses a risk form is evaluated
  // against the baseline levels only, so the outcome cannot depend on the order rules are read in.
  const ctx: ConditionContext = { values, scenarioLevels: steps.baseline, levelOrder };
  // By scenario position: the level reached so far, and the rule that raised it to that (none: the baseline).
  const reached = scenarios.map((s) => s.baselineOrder);
  const raisedBy: (RiskRule | undefined)[] = new Array<RiskRule | undefined>(scenarios.length);
  for (const { rule, order, raises } of steps.rules) {
    // Unknown (a missing answer) does not raise: the intake check demands every relevant intake answer.
    if (evaluateCondition(rule.when, ctx) !== true) continue;
    for (const at of raises) {
      // Strictly higher: on a tie the rule that came first in the catalogue keeps the credit.
      if (order > (reached[at] ?? 0)) {
        reached[at] = order;
        raisedBy[at] = rule;
      }
    }
  }

  const advice = answers.advice;
  const profile: ScenarioRisk[] = new Array<ScenarioRisk>(scenarios.length);
  for (let at = 0; at < scenarios.length; at++) {
    const scenario = scenarios[at] as RiskSteps['scenarios'][number];
    const rule = raisedBy[at];
    const level = rule ? rule.level : scenario.baseline;
    const advised = advice && Object.hasOwn(advice.levels, scenario.id) ? advice.levels[scenario.id] : undefined;
    // A level that is not certifiable is a floor: no advice lowers it.
    const floor = !steps.certifiableLevels.has(level);
    const lowers = advised !== undefined && (levelOrder.get(advised) ?? 0) < (reached[at] ?? 0);
    if (advice && advised !== undefined && levelOrder.has(advised) && !(floor && lowers)) {
      profile[at] = { scenario: scenario.id, level: advised, basis: { kind: 'advice', reference: advice.reference } };
    } else {
      profile[at] = rule ? (scenario.raisedBy.get(rule) ?? { scenario: scenario.id, level, basis: { kind: 'rule', rule: rule.id } }) : scenario.atBaseline;
    }
  }
  return profile;
}

/**
 * The rules that ask for a CCV/BVA advice first (`requiresAdvice`) and hold, with the scenarios they
 * raise, when the answers carry no advice; `undefined` otherwise. With an advice, its levels apply.
 * Seed §2.2: the employer funds "de geadviseerde maatregelen" after the Beveiligingsautoriteit
 * established the advice; a self-check cannot stand in for that assessment after damage at the home.
 */
export function rulesAwaitingAdvice(catalogue: Catalogue, answers: Answers, values: AnswerLookup = answerValues(answers)): { rules: string[]; scenarios: string[] } | undefined {
  if (answers.advice) return undefined;
  const steps = riskSteps(catalogue);
  if (steps.adviceRules.length === 0) return undefined;
  const ctx: ConditionContext = { values, scenarioLevels: steps.baseline, levelOrder: steps.levelOrder };
  const rules: string[] = [];
  const scenarios = new Set<string>();
  for (const rule of steps.adviceRules) {
    if (evaluateCondition(rule.when, ctx) !== true) continue;
    rules.push(rule.id);
    for (const scenario of rule.scenarios) scenarios.add(scenario);
  }
  if (rules.length === 0) return undefined;
  // In catalogue order of the scenarios, so the verdict does not depend on rule order.
  return { rules, scenarios: steps.scenarios.map((s) => s.id).filter((id) => scenarios.has(id)) };
}
