/**
 * What a condition refers to: the questions it reads and the scenarios and levels it compares.
 * The catalogue rules check these references resolve; the flow and the policy tools reuse the walker.
 */
import type { Condition } from './condition-types.js';

/** One leaf of a condition with the path to it inside the condition, e.g. `['all', 1, 'answer']`-style parents. */
export interface ConditionLeaf {
  condition: Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;
  /** Path from the root condition to this leaf, e.g. `['all', 1]`. */
  path: (string | number)[];
}

/**
 * Every leaf (answer, risk or anyRisk comparison) of a condition, depth first, in written order.
 * @example
 * conditionLeaves({ all: [{ answer: 'achterdeur', is: true }, { not: { risk: 'inbraak', atLeast: 'B' } }] })
 * // [{ condition: { answer: 'achterdeur', is: true }, path: ['all', 0] },
 * //  { condition: { risk: 'inbraak', atLeast: 'B' }, path: ['all', 1, 'not'] }]
 */
export function conditionLeaves(condition: Condition, path: (string | number)[] = []): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap((part, i) => conditionLeaves(part, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((part, i) => conditionLeaves(part, [...path, 'any', i]));
  if ('not' in condition) return conditionLeaves(condition.not, [...path, 'not']);
  return [{ condition, path }];
}

/** Question ids the condition reads, in written order, without repeats. */
export function conditionAnswerRefs(condition: Condition): string[] {
  const ids = conditionLeaves(condition).flatMap(({ condition: leaf }) => ('answer' in leaf ? [leaf.answer] : []));
  return [...new Set(ids)];
}

/** Scenario and level ids the condition compares, in written order, without repeats. */
export function conditionRiskRefs(condition: Condition): { scenarios: string[]; levels: string[] } {
  const scenarios: string[] = [];
  const levels: string[] = [];
  for (const { condition: leaf } of conditionLeaves(condition)) {
    if ('risk' in leaf) {
      scenarios.push(leaf.risk);
      levels.push(leaf.atLeast);
    } else if ('anyRisk' in leaf) {
      levels.push(leaf.anyRisk.atLeast);
    }
  }
  return { scenarios: [...new Set(scenarios)], levels: [...new Set(levels)] };
}
