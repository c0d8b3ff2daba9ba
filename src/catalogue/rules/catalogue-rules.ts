/**
 * The semantic rules, run in this order after every file passed the JSON Schema. Each is a small
 * named function with stable problem codes; add a rule here to have `spec validate` run it.
 */
import type { CatalogueRule } from '../catalogue-rule-context.js';
import { exactlyOneKeurmerk } from './keurmerk-block.js';
import { levelsDefinedOnce } from './levels-defined-once.js';
import { uniqueIds } from './unique-ids.js';
import {
  exceptionReferencesResolve,
  levelReferencesResolve,
  questionReferencesResolve,
  scenarioReferencesResolve,
  sourceReferencesResolve,
} from './references-resolve.js';
import { ownerRequirementsAreGrounded } from './owner-requirements.js';
import { conditionsFitQuestions } from './conditions-fit-questions.js';
import { askWhenRefersBack } from './ask-when-refers-back.js';
import { questionsAreAnswerable } from './question-shape.js';
import { costRangesAreOrdered } from './cost-range.js';
import { verdictFieldsFit } from './verdict-fields.js';
import { questionsAreUsed } from './unused-question.js';
import { requirementsCanApply } from './requirement-never-applies.js';
import { questionsCanBeReached } from './analysis-question-reachable.js';
import { conditionsCanHold } from './analysis-conditions-hold.js';
import { requirementRiskLinksMatter, requirementsReachableByIntake } from './analysis-requirement-reach.js';
import { levelsHaveRequirements } from './analysis-levels-used.js';
import { domainsHaveRequirements } from './domains-covered.js';
import { adviceFirstRulesAreCertifiable } from './advice-first-rules.js';

export const CATALOGUE_RULES: readonly CatalogueRule[] = [
  exactlyOneKeurmerk,
  levelsDefinedOnce,
  uniqueIds,
  scenarioReferencesResolve,
  levelReferencesResolve,
  questionReferencesResolve,
  exceptionReferencesResolve,
  sourceReferencesResolve,
  ownerRequirementsAreGrounded,
  conditionsFitQuestions,
  askWhenRefersBack,
  questionsAreAnswerable,
  costRangesAreOrdered,
  adviceFirstRulesAreCertifiable,
  verdictFieldsFit,
  questionsAreUsed,
  requirementsCanApply,
  domainsHaveRequirements,
  // Static analysis of the logic (POLICY TOOLS): what can never be asked, hold or apply.
  questionsCanBeReached,
  conditionsCanHold,
  requirementsReachableByIntake,
  requirementRiskLinksMatter,
  levelsHaveRequirements,
];
