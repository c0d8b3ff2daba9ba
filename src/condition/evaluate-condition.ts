/**
 * Three-valued (Kleene) evaluation of the declarative condition language. `undefined` means
 * "unknown": an answer the condition needs is missing. Unknown is not false: a requirement whose
 * condition is unknown is `unanswered`, never silently not-applicable.
 *
 * The rule is written once, in `compileCondition`: a condition becomes a function of its inputs,
 * so the forms are told apart once per condition, not at every evaluation. How the inputs are
 * read is the caller's: `evaluateCondition` reads a `ConditionContext` by id; the verdict reads
 * arrays by position, resolved once per catalogue.
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

/** A condition made a function of its input; see `compileCondition`. */
export type CompiledCondition<I> = (input: I) => boolean | undefined;

/** How a compiled condition reads its input `I`; each reader is made once per leaf, when compiling. */
export interface ConditionInputs<I> {
  /** The answer to a question, `undefined` when unanswered. */
  answer(questionId: string): (input: I) => AnswerValue | undefined;
  /** A scenario's level position, `undefined` for a scenario without one. */
  level(scenarioId: string): (input: I) => number | undefined;
  /** A level id's position, `undefined` for an unknown level. */
  levelOrder(levelId: string): (input: I) => number | undefined;
  /** Whether some scenario's level position is at least `threshold`. */
  anyLevelAtLeast(input: I, threshold: number): boolean;
}

/**
 * @example
 * evaluateCondition({ all: [{ answer: 'achterdeur', is: true }, { answer: 'slot', is: 'skg2' }] }, ctx)
 * // false if either is answered otherwise; undefined if one is missing and the other holds
 */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): boolean | undefined {
  let compiled = byContext.get(condition);
  if (!compiled) {
    compiled = compileCondition(condition, CONTEXT_INPUTS);
    byContext.set(condition, compiled);
  }
  return compiled(ctx);
}

const CONTEXT_INPUTS: ConditionInputs<ConditionContext> = {
  answer: (questionId) => (ctx) => ctx.values.get(questionId),
  level: (scenarioId) => (ctx) => ctx.scenarioLevels.get(scenarioId),
  levelOrder: (levelId) => (ctx) => ctx.levelOrder.get(levelId),
  anyLevelAtLeast: (ctx, threshold) => someLevelAtLeast(ctx.scenarioLevels, threshold),
};

/** Whether some scenario in `scenarioLevels` (level positions by scenario id) is at `threshold` or above. */
export function someLevelAtLeast(scenarioLevels: ReadonlyMap<string, number>, threshold: number): boolean {
  for (const level of scenarioLevels.values()) if (level >= threshold) return true;
  return false;
}

/**
 * `all` (decided by the first false) and `any` (by the first true) in three-valued logic: without
 * a deciding part, an unanswered part leaves the whole unanswered.
 */
function decidedBy<I>(decisive: boolean, parts: readonly CompiledCondition<I>[]): CompiledCondition<I> {
  return (input) => {
    let unknown = false;
    for (const part of parts) {
      const value = part(input);
      if (value === decisive) return decisive;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : !decisive;
  };
}

// Catalogue conditions are values, never changed after loading: each is compiled once.
const byContext = new WeakMap<Condition, CompiledCondition<ConditionContext>>();

/**
 * The condition as a function of its input, read through `inputs`.
 * @example
 * const holds = compileCondition({ answer: 'achterdeur', is: true }, inputs);
 * holds(input) // true, false, or undefined while 'achterdeur' is unanswered
 */
export function compileCondition<I>(condition: Condition, inputs: ConditionInputs<I>): CompiledCondition<I> {
  if ('all' in condition) return decidedBy(false, condition.all.map((part) => compileCondition(part, inputs)));
  if ('any' in condition) return decidedBy(true, condition.any.map((part) => compileCondition(part, inputs)));
  if ('not' in condition) {
    const part = compileCondition(condition.not, inputs);
    return (input) => {
      const value = part(input);
      return value === undefined ? undefined : !value;
    };
  }
  if ('answer' in condition) {
    const read = inputs.answer(condition.answer);
    if ('is' in condition) {
      const expected = condition.is;
      return (input) => {
        const value = read(input);
        return value === undefined ? undefined : value === expected;
      };
    }
    if ('oneOf' in condition) {
      const options = condition.oneOf;
      return (input) => {
        const value = read(input);
        return value === undefined ? undefined : typeof value === 'string' && options.includes(value);
      };
    }
    if ('includes' in condition) {
      const option = condition.includes;
      return (input) => {
        const value = read(input);
        return value === undefined ? undefined : Array.isArray(value) && value.includes(option);
      };
    }
    if ('atLeast' in condition) {
      const min = condition.atLeast;
      return (input) => {
        const value = read(input);
        return value === undefined ? undefined : typeof value === 'number' && value >= min;
      };
    }
    const max = condition.atMost;
    return (input) => {
      const value = read(input);
      return value === undefined ? undefined : typeof value === 'number' && value <= max;
    };
  }
  if ('risk' in condition) {
    const level = inputs.level(condition.risk);
    const threshold = inputs.levelOrder(condition.atLeast);
    return (input) => {
      const at = level(input);
      const min = threshold(input);
      // A validated catalogue names only existing scenarios and levels; anything else cannot hold.
      return at !== undefined && min !== undefined && at >= min;
    };
  }
  const threshold = inputs.levelOrder(condition.anyRisk.atLeast);
  return (input) => {
    const min = threshold(input);
    return min !== undefined && inputs.anyLevelAtLeast(input, min);
  };
}
