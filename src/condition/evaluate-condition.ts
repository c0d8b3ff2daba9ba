/**
 * Three-valued (Kleene) evaluation of the declarative condition language. `undefined` means
 * "unknown": an answer the condition needs is missing. Unknown is not false: a requirement whose
 * condition is unknown is `unanswered`, never silently not-applicable.
 */
import type { AnswerValue, Condition } from './condition-types.js';

/** Answer value by question id; `undefined` is an unanswered question. A `Map` is one. */
export interface AnswerLookup {
  get(questionId: string): AnswerValue | undefined;
}

/** What a condition can look at: answer values by question id and the risk level of each scenario. */
export interface ConditionContext {
  values: AnswerLookup;
  /** Position of each scenario's level in `catalogue.levels` (0 = lowest). */
  scenarioLevels: ReadonlyMap<string, number>;
  /** Position of each level id in `catalogue.levels`. */
  levelOrder: ReadonlyMap<string, number>;
}

/**
 * @example
 * evaluateCondition({ all: [{ answer: 'achterdeur', is: true }, { answer: 'slot', is: 'skg2' }] }, ctx)
 * // false if either is answered otherwise; undefined if one is missing and the other holds
 */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): boolean | undefined {
  if ('all' in condition) {
    let unknown = false;
    for (const part of condition.all) {
      const value = evaluateCondition(part, ctx);
      if (value === false) return false;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const part of condition.any) {
      const value = evaluateCondition(part, ctx);
      if (value === true) return true;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in condition) {
    const value = evaluateCondition(condition.not, ctx);
    return value === undefined ? undefined : !value;
  }
  if ('answer' in condition) {
    const value = ctx.values.get(condition.answer);
    if (value === undefined) return undefined;
    if ('is' in condition) return value === condition.is;
    if ('oneOf' in condition) return typeof value === 'string' && condition.oneOf.includes(value);
    if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
    if ('atLeast' in condition) return typeof value === 'number' && value >= condition.atLeast;
    return typeof value === 'number' && value <= condition.atMost;
  }
  if ('risk' in condition) {
    const level = ctx.scenarioLevels.get(condition.risk);
    const threshold = ctx.levelOrder.get(condition.atLeast);
    // A validated catalogue names only existing scenarios and levels; anything else cannot hold.
    return level !== undefined && threshold !== undefined && level >= threshold;
  }
  const threshold = ctx.levelOrder.get(condition.anyRisk.atLeast);
  if (threshold === undefined) return false;
  for (const level of ctx.scenarioLevels.values()) if (level >= threshold) return true;
  return false;
}
