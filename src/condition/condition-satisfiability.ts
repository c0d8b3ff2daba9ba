import type { AnswerValue, Condition } from './condition-types.js';
import { conditionLeaves } from './condition-references.js';
import { evaluateCondition, type ConditionContext } from './evaluate-condition.js';

/** What a question's answer can be, as far as satisfiability cares (a catalogue `Question` is one). */
export interface AnswerDomain {
  type: 'boolean' | 'choice' | 'multi' | 'number';
  options?: readonly { value: string }[];
  min?: number;
  max?: number;
}

/** What the satisfiability check may assume about the catalogue. */
export interface ConditionSpace {
  questions: ReadonlyMap<string, AnswerDomain>;
  /** Questions that are never asked: their answer is always missing. */
  unreachable: ReadonlySet<string>;
  /** Level ids, lowest first. */
  levels: readonly string[];
  scenarios: ReadonlySet<string>;
}

/** Above this many combinations the check gives up rather than slow down `spec validate`. */
const MAX_COMBINATIONS = 50_000;

/** Stands for "every scenario the condition does not name", so `anyRisk` needs no full enumeration. */
const OTHER_SCENARIOS = '\u0000other-scenarios';

/**
 * Whether some answers and risk levels make the condition hold, found by trying every combination
 * over the finite domains of the questions and scenarios it reads (a condition reads a few). Number
 * answers are tried at the range ends and just around every threshold the condition names.
 * `undefined` when it cannot say: an unknown id, a comparison that does not fit its question (other
 * rules report those), or too many combinations. Over-approximates, so `false` is always a real finding.
 * @example conditionCanHold({ all: [{ answer: 'a', is: true }, { answer: 'a', is: false }] }, space) // false
 */
export function conditionCanHold(condition: Condition, space: ConditionSpace): boolean | undefined {
  const variables = answerVariables(condition, space);
  const risks = riskVariables(condition, space);
  if (!variables || !risks) return undefined;
  const all = [...variables, ...risks];
  const combinations = all.reduce((product, v) => product * v.values.length, 1);
  if (combinations > MAX_COMBINATIONS) return undefined;
  const levelOrder = new Map(space.levels.map((id, i) => [id, i]));
  const values = new Map<string, AnswerValue>();
  const scenarioLevels = new Map<string, number>();
  const ctx: ConditionContext = { values, scenarioLevels, levelOrder };
  const indexes = all.map(() => 0);
  for (let n = 0; n < combinations; n++) {
    all.forEach((variable, i) => variable.assign(variable.values[indexes[i] ?? 0], values, scenarioLevels));
    if (evaluateCondition(condition, ctx) === true) return true;
    // Next combination, like counting with a digit per variable.
    for (let i = 0; i < all.length; i++) {
      const size = all[i]?.values.length ?? 1;
      indexes[i] = ((indexes[i] ?? 0) + 1) % size;
      if (indexes[i] !== 0) break;
    }
  }
  return false;
}

interface Variable {
  values: readonly unknown[];
  assign: (value: unknown, answers: Map<string, AnswerValue>, scenarioLevels: Map<string, number>) => void;
}

function answerVariables(condition: Condition, space: ConditionSpace): Variable[] | undefined {
  const leaves = conditionLeaves(condition).map((l) => l.condition);
  const ids = [...new Set(leaves.flatMap((leaf) => ('answer' in leaf ? [leaf.answer] : [])))];
  const variables: Variable[] = [];
  for (const id of ids) {
    const question = space.questions.get(id);
    if (!question) return undefined;
    const own = leaves.filter((leaf) => 'answer' in leaf && leaf.answer === id);
    if (!own.every((leaf) => fits(leaf, question))) return undefined;
    const domain = space.unreachable.has(id) ? [] : answerDomain(question, own);
    variables.push({
      // An unreachable question has one "value": missing.
      values: domain.length === 0 ? [undefined] : domain,
      assign: (value, answers) => {
        if (value === undefined) answers.delete(id);
        else if (isAnswerValue(value)) answers.set(id, value);
      },
    });
  }
  return variables;
}

function riskVariables(condition: Condition, space: ConditionSpace): Variable[] | undefined {
  const leaves = conditionLeaves(condition).map((l) => l.condition);
  const levelIds = leaves.flatMap((leaf) => ('risk' in leaf ? [leaf.atLeast] : 'anyRisk' in leaf ? [leaf.anyRisk.atLeast] : []));
  if (levelIds.some((id) => !space.levels.includes(id))) return undefined;
  const scenarios = [...new Set(leaves.flatMap((leaf) => ('risk' in leaf ? [leaf.risk] : [])))];
  if (scenarios.some((id) => !space.scenarios.has(id))) return undefined;
  if (leaves.some((leaf) => 'anyRisk' in leaf)) scenarios.push(OTHER_SCENARIOS);
  const levels = space.levels.map((_, i) => i);
  return scenarios.map((scenario) => ({ values: levels, assign: (value, _answers, scenarioLevels) => void scenarioLevels.set(scenario, Number(value)) }));
}

type Leaf = ReturnType<typeof conditionLeaves>[number]['condition'];

/** The comparison has the form its question's type allows; values outside the options are fine here. */
function fits(leaf: Leaf, question: AnswerDomain): boolean {
  if (!('answer' in leaf)) return true;
  if ('is' in leaf) {
    if (question.type === 'boolean') return typeof leaf.is === 'boolean';
    if (question.type === 'choice') return typeof leaf.is === 'string';
    return question.type === 'number' && typeof leaf.is === 'number';
  }
  if ('oneOf' in leaf) return question.type === 'choice';
  if ('includes' in leaf) return question.type === 'multi';
  return question.type === 'number';
}

/** The answers worth trying: every option, or for numbers the range ends and the thresholds ± ½. */
function answerDomain(question: AnswerDomain, leaves: readonly Leaf[]): AnswerValue[] {
  switch (question.type) {
    case 'boolean':
      return [true, false];
    case 'choice':
      return [...new Set([...(question.options ?? []).map((o) => o.value), ...leaves.flatMap((l) => ('is' in l && typeof l.is === 'string' ? [l.is] : 'oneOf' in l ? l.oneOf : []))])];
    case 'multi': {
      // Only the values the condition asks about matter: try every subset of those.
      const named = [...new Set(leaves.flatMap((l) => ('includes' in l ? [l.includes] : [])))];
      return Array.from({ length: 2 ** named.length }, (_, mask) => named.filter((_, bit) => (mask >> bit) & 1));
    }
    case 'number': {
      const thresholds = leaves.flatMap((l) => ('atLeast' in l && 'answer' in l ? [l.atLeast] : 'atMost' in l ? [l.atMost] : 'is' in l && typeof l.is === 'number' ? [l.is] : []));
      const candidates = [question.min ?? 0, ...(question.max === undefined ? [] : [question.max]), ...thresholds.flatMap((t) => [t - 0.5, t, t + 0.5])];
      const inRange = candidates.filter((v) => (question.min === undefined || v >= question.min) && (question.max === undefined || v <= question.max));
      return [...new Set(inRange)];
    }
  }
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}
