/**
 * Which questions matter, given the answers so far: the interactive self-check asks exactly these,
 * and an answers file that answers others gets a warning. Pure.
 */
import type { Catalogue, Condition, Question, QuestionSection } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { evaluateCondition, type ConditionContext } from '../condition/evaluate-condition.js';
import { conditionAnswerRefs } from '../condition/condition-references.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';

/** The order the self-check walks through: intake first, then the four domains. */
export const SECTION_ORDER: readonly QuestionSection[] = ['intake', 'wonen', 'werk', 'verplaatsen', 'informatie'];

interface RelevancePlan {
  /** Questions in flow order. */
  questions: Question[];
  /** askWhen references per question id. */
  askRefs: Map<string, string[]>;
  /** Questions the risk rules read: they set the level, so they are always asked like intake. */
  riskRuleRefs: Set<string>;
}

const plans = new WeakMap<Catalogue, RelevancePlan>();

function planOf(catalogue: Catalogue): RelevancePlan {
  let plan = plans.get(catalogue);
  if (plan) return plan;
  const questions = [...catalogue.questions].sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
  plan = {
    questions,
    askRefs: new Map(catalogue.questions.map((q) => [q.id, q.askWhen ? conditionAnswerRefs(q.askWhen) : []])),
    riskRuleRefs: new Set(catalogue.riskRules.flatMap((r) => conditionAnswerRefs(r.when))),
  };
  plans.set(catalogue, plan);
  return plan;
}

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
  const plan = planOf(catalogue);
  const levelOrder = levelOrderOf(catalogue);
  const values = answerValues(answers);
  const risk = deriveRiskProfile(catalogue, answers, values);
  const scenarioLevels = new Map(risk.map((r) => [r.scenario, levelOrder.get(r.level) ?? 0]));
  const ctx: ConditionContext = { values, scenarioLevels, levelOrder };

  const needed = new Set<string>(plan.riskRuleRefs);
  const need = (condition: Condition | undefined) => {
    if (condition) for (const id of conditionAnswerRefs(condition)) needed.add(id);
  };
  const exceptions = new Map(catalogue.exceptions.map((e) => [e.id, e]));
  for (const requirement of catalogue.requirements) {
    const byRisk = requirement.risks.some((link) => (scenarioLevels.get(link.scenario) ?? -1) >= (levelOrder.get(link.minLevel) ?? Infinity));
    if (!byRisk) continue;
    need(requirement.appliesWhen);
    if (requirement.appliesWhen && evaluateCondition(requirement.appliesWhen, ctx) === false) continue;
    need(requirement.metWhen);
    for (const id of requirement.exceptions ?? []) need(exceptions.get(id)?.claimableWhen);
  }

  // askWhen may only look back, but a fixpoint keeps this right even if a catalogue did not.
  const relevant = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const question of plan.questions) {
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
  return plan.questions.filter((q) => relevant.has(q.id)).map((q) => q.id);
}
