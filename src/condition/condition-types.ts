/** The condition language's own types: what a catalogue writes in `askWhen`, `appliesWhen`, `metWhen`, `claimableWhen` and risk rules. */

export type AnswerValue = boolean | string | number | string[];

/**
 * A declarative condition over answers and risk levels. Never code: the engine interprets these
 * few forms and nothing else. Evaluation is three-valued: a condition over an unanswered question
 * is `unknown`, not false.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  /** A yes/no or choice answer equals the value. */
  | { answer: string; is: boolean | string | number }
  /** A choice answer is one of the values. */
  | { answer: string; oneOf: string[] }
  /** A multi-choice answer contains the value. */
  | { answer: string; includes: string }
  /** A number answer is at least `min` (inclusive). */
  | { answer: string; atLeast: number }
  /** A number answer is at most `max` (inclusive). */
  | { answer: string; atMost: number }
  /** The scenario's level is at or above the level. */
  | { risk: string; atLeast: string }
  /** Some scenario's level is at or above the level. */
  | { anyRisk: { atLeast: string } };
