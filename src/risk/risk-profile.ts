/**
 * The risk level of every scenario: its baseline, raised by the intake rules that hold, or fixed
 * by a CCV/BVA security advice. A level that is not certifiable (D: police/OM involved in the
 * bestuurder's protection) is a floor: no advice lowers it, and rules only ever raise. Pure.
 */
import type { Catalogue, RiskRule } from '../catalogue/catalogue-types.js';
import type { Advice, Answers } from '../answers/answers-types.js';
import type { LevelBasis, ScenarioRisk } from './risk-types.js';
import { compileCondition, type AnswerLookup, type CompiledCondition, type ConditionInputs } from '../condition/evaluate-condition.js';

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
  /** The rules with a known level, each with its position, its level's position and the positions of the scenarios it raises. */
  rules: { rule: RiskRule; at: number; order: number; raises: number[] }[];
  /** Rules that ask for an advice first, each with its position. */
  adviceRules: { rule: RiskRule; at: number }[];
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
    rules: catalogue.riskRules.flatMap((rule, at) => {
      const order = levelOrder.get(rule.level);
      return order === undefined ? [] : [{ rule, at, order, raises: rule.scenarios.flatMap((id) => (position.has(id) ? [position.get(id) ?? 0] : [])) }];
    }),
    adviceRules: catalogue.riskRules.flatMap((rule, at) => (rule.requiresAdvice === true ? [{ rule, at }] : [])),
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
  return [...judgeRisk(catalogue, lookupReading(catalogue), values, answers.advice).risk];
}

/**
 * The rules that ask for a CCV/BVA advice first (`requiresAdvice`) and hold, with the scenarios they
 * raise, when the answers carry no advice; `undefined` otherwise. With an advice, its levels apply.
 * Seed §2.2: the employer funds "de geadviseerde maatregelen" after the Beveiligingsautoriteit
 * established the advice; a self-check cannot stand in for that assessment after damage at the home.
 */
export function rulesAwaitingAdvice(catalogue: Catalogue, answers: Answers, values: AnswerLookup = answerValues(answers)): { rules: string[]; scenarios: string[] } | undefined {
  const awaiting = judgeRisk(catalogue, lookupReading(catalogue), values, answers.advice).adviceFirst;
  return awaiting ? { rules: [...awaiting.rules], scenarios: [...awaiting.scenarios] } : undefined;
}

/** The risk profile and the rules awaiting an advice, as verdicts share them when no advice is there (frozen). */
export interface RiskJudgement {
  readonly risk: readonly ScenarioRisk[];
  readonly adviceFirst: Readonly<{ rules: readonly string[]; scenarios: readonly string[] }> | undefined;
}

/**
 * The risk rules' conditions compiled over a caller's input `I` (the verdict reads answers by
 * position, the flow by id), and the judgements they gave, by which rules held: without an advice
 * that is all a profile follows from, so verdicts with the same rules holding share one.
 */
export interface RiskReading<I> {
  /** By position in `catalogue.riskRules`. */
  holds: CompiledCondition<I>[];
  /** By the rules that hold (a bit each, in catalogue order); only while there are at most `MAX_KEYED_RULES`. */
  shared: Map<number, RiskJudgement>;
  /** Scratch space by rule position: 1 where the rule holds. */
  holding: Uint8Array;
}
const MAX_KEYED_RULES = 30;
/** Bounds the judgements kept per reading (each a few hundred bytes); when full, it starts over. */
const MAX_SHARED_JUDGEMENTS = 4096;

/**
 * Compiles the risk rules over `I`, reading answers through `answer`. Risk rules never see levels
 * raised by other rules: a rule that uses a risk form is evaluated against the baseline levels
 * only, so the outcome cannot depend on the order rules are read in.
 */
export function riskReading<I>(catalogue: Catalogue, answer: ConditionInputs<I>['answer']): RiskReading<I> {
  const { baseline, levelOrder } = riskSteps(catalogue);
  const inputs: ConditionInputs<I> = {
    answer,
    level(scenarioId) {
      const order = baseline.get(scenarioId);
      return () => order;
    },
    levelOrder(levelId) {
      const order = levelOrder.get(levelId);
      return () => order;
    },
    anyLevelAtLeast(_input, threshold) {
      for (const level of baseline.values()) if (level >= threshold) return true;
      return false;
    },
  };
  return { holds: catalogue.riskRules.map((rule) => compileCondition(rule.when, inputs)), shared: new Map(), holding: new Uint8Array(catalogue.riskRules.length) };
}

const lookupReadings = new WeakMap<Catalogue, RiskReading<AnswerLookup>>();
function lookupReading(catalogue: Catalogue): RiskReading<AnswerLookup> {
  let reading = lookupReadings.get(catalogue);
  if (!reading) {
    reading = riskReading<AnswerLookup>(catalogue, (questionId) => (values) => values.get(questionId));
    lookupReadings.set(catalogue, reading);
  }
  return reading;
}

/** The risk profile of `input` and, without an advice, the rules that await one; shared and frozen when there is no advice. */
export function judgeRisk<I>(catalogue: Catalogue, reading: RiskReading<I>, input: I, advice: Advice | undefined): RiskJudgement {
  const { holds, holding } = reading;
  // Unknown (a missing answer) does not hold: the intake check demands every relevant intake answer.
  let key = 0;
  for (let i = 0; i < holds.length; i++) {
    const held = (holds[i] as CompiledCondition<I>)(input) === true;
    holding[i] = held ? 1 : 0;
    if (held) key |= 1 << i;
  }
  const keyed = !advice && holds.length <= MAX_KEYED_RULES;
  const kept = keyed ? reading.shared.get(key) : undefined;
  if (kept) return kept;
  const steps = riskSteps(catalogue);
  const judgement: RiskJudgement = { risk: profileOf(steps, holding, advice), adviceFirst: advice ? undefined : awaitingAdvice(steps, holding) };
  if (!keyed) return judgement;
  if (reading.shared.size >= MAX_SHARED_JUDGEMENTS) reading.shared.clear();
  Object.freeze(judgement.risk);
  if (judgement.adviceFirst) {
    Object.freeze(judgement.adviceFirst.rules);
    Object.freeze(judgement.adviceFirst.scenarios);
    Object.freeze(judgement.adviceFirst);
  }
  reading.shared.set(key, Object.freeze(judgement));
  return judgement;
}

/** Every scenario's level, from the rules that hold (`holding`, by rule position) and the advice. */
function profileOf(steps: RiskSteps, holding: Uint8Array, advice: Advice | undefined): ScenarioRisk[] {
  const { levelOrder, scenarios } = steps;
  // By scenario position: the level reached so far, and the rule that raised it to that (none: the baseline).
  const reached = scenarios.map((s) => s.baselineOrder);
  const raisedBy: (RiskRule | undefined)[] = new Array<RiskRule | undefined>(scenarios.length);
  for (const { rule, at: ruleAt, order, raises } of steps.rules) {
    if (holding[ruleAt] !== 1) continue;
    for (const at of raises) {
      // Strictly higher: on a tie the rule that came first in the catalogue keeps the credit.
      if (order > (reached[at] ?? 0)) {
        reached[at] = order;
        raisedBy[at] = rule;
      }
    }
  }

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

/** The rules asking for an advice first that hold (`holding`, by rule position), with the scenarios they raise; `undefined` for none. */
function awaitingAdvice(steps: RiskSteps, holding: Uint8Array): { rules: string[]; scenarios: string[] } | undefined {
  if (steps.adviceRules.length === 0) return undefined;
  const rules: string[] = [];
  const scenarios = new Set<string>();
  for (const { rule, at } of steps.adviceRules) {
    if (holding[at] !== 1) continue;
    rules.push(rule.id);
    for (const scenario of rule.scenarios) scenarios.add(scenario);
  }
  if (rules.length === 0) return undefined;
  // In catalogue order of the scenarios, so the verdict does not depend on rule order.
  return { rules, scenarios: steps.scenarios.map((s) => s.id).filter((id) => scenarios.has(id)) };
}
