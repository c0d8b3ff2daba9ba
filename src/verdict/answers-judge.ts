/**
 * Answers validated with the verdict's judgement plugged in: which questions they make relevant
 * (`question-relevance.ts`) and whether an exception's condition holds at their risk levels. The
 * rules themselves live in `answers/validate-answers.ts`; every caller validates through here, so
 * none can leave the relevance check out.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { ConditionContext } from '../condition/evaluate-condition.js';
import { evaluateCondition } from '../condition/evaluate-condition.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import { validateAnswersWith, type AnswersJudge, type AnswersValidation } from '../answers/validate-answers.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';
import { relevantQuestionIds } from './question-relevance.js';

export const judgeAnswers: AnswersJudge = (catalogue, answers) => {
  let ctx: ConditionContext | undefined;
  // The risk profile only when a condition is asked about: most answers claim no exception.
  const context = (): ConditionContext => {
    if (ctx) return ctx;
    const values = answerValues(answers);
    const levelOrder = levelOrderOf(catalogue);
    const risk = deriveRiskProfile(catalogue, answers, values);
    return (ctx = { values, levelOrder, scenarioLevels: new Map(risk.map((r) => [r.scenario, levelOrder.get(r.level) ?? 0])) });
  };
  return { relevant: new Set(relevantQuestionIds(catalogue, answers)), holds: (condition) => evaluateCondition(condition, context()) === true };
};

/**
 * An answers document → validated `Answers` against one catalogue, or located problems. Pure.
 * @example
 * const { document } = parseYamlDocument(bytes, 'antwoorden.yaml');
 * const { answers, problems } = validateAnswers(document, catalogue);
 */
export function validateAnswers(document: YamlDocument, catalogue: Catalogue): AnswersValidation {
  return validateAnswersWith(document, catalogue, judgeAnswers);
}
