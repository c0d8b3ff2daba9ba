/**
 * Which questions matter, given the answers so far: the interactive self-check asks exactly these,
 * and an answers file that answers others gets a warning. Pure.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { evaluateCondition, type ConditionContext } from '../condition/evaluate-condition.js';
import { cataloguePlan } from './catalogue-plan.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';

/**
 * The relevant question ids in flow order (intake, wonen, werk, verplaatsen, informatie; catalogue
 * order within a section). A question is relevant when its `askWhen` holds (or it has none) and
 * it is an intake question, is read by a risk rule, is referenced by the `appliesWhen` or `metWhen`
 * (the latter only while `appliesWhen` is not false) of a requirement that applies by risk, by the
 * `claimableWhen` of an exception of such a requirement, or by the `askWhen` of a relevant question.
 * @example
 * relevantQuestionIds(catalogue, answers) // ['functie', 'dreiging-gemeld', 'woning-type', ...]
 */
export function relevantQuestionIds(catalogue: Catalogue, answers: Answers): string[] {
  const plan = cataloguePlan(catalogue);
  const levelOrder = levelOrderOf(catalogue);
  const values = answerValues(answers);
  const risk = deriveRiskProfile(catalogue, answers, values);
  const scenarioLevels = new Map(risk.map((r) => [r.scenario, levelOrder.get(r.level) ?? 0]));
  const ctx: ConditionContext = { values, scenarioLevels, levelOrder };

  const needed = new Set<string>(plan.riskRuleRefs);
  const need = (ids: readonly string[]) => {
    for (const id of ids) needed.add(id);
  };
  for (const { requirement, appliesRefs, metRefs, claimRefs } of plan.requirements) {
    const byRisk = requirement.risks.some((link) => (scenarioLevels.get(link.scenario) ?? -1) >= (levelOrder.get(link.minLevel) ?? Infinity));
    if (!byRisk) continue;
    need(appliesRefs);
    if (requirement.appliesWhen && evaluateCondition(requirement.appliesWhen, ctx) === false) continue;
    need(metRefs);
    need(claimRefs);
  }

  // askWhen may only look back, but a fixpoint keeps this right even if a catalogue did not.
  const relevant = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const question of plan.questionsInFlowOrder) {
      if (relevant.has(question.id)) continue;
      if (question.section !== 'intake' && !needed.has(question.id)) continue;
      if (question.askWhen && evaluateCondition(question.askWhen, ctx) !== true) continue;
      relevant.add(question.id);
      for (const id of plan.askRefs.get(question.id) ?? []) {
        if (!needed.has(id)) {
          needed.add(id);
          changed = true;
        }
      }
    }
  }
  return plan.questionsInFlowOrder.filter((q) => relevant.has(q.id)).map((q) => q.id);
}
