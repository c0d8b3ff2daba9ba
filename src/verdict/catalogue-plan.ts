/**
 * What evaluation and question relevance need from a catalogue, worked out once per catalogue
 * object (the catalogue is never changed after loading): the questions each condition reads,
 * exceptions by requirement, and the questions in flow order.
 */
import type { Catalogue, CatalogueException, Question, Requirement } from '../catalogue/catalogue-types.js';
import { conditionAnswerRefs } from '../condition/condition-references.js';
import { QUESTION_SECTION_ORDER } from '../catalogue/question-flow-order.js';

export interface RequirementPlan {
  requirement: Requirement;
  /** Questions `appliesWhen` reads. */
  appliesRefs: string[];
  /** Questions `metWhen` reads. */
  metRefs: string[];
  /** Both, in written order, without repeats. */
  allRefs: string[];
  /** The exceptions this requirement allows, that the catalogue defines. */
  exceptions: Map<string, CatalogueException>;
  /** Questions the `claimableWhen` of those exceptions read. */
  claimRefs: string[];
}

export interface CataloguePlan {
  requirements: RequirementPlan[];
  certifiableLevels: Set<string>;
  /** Questions in flow order: intake, wonen, werk, verplaatsen, informatie; as written within a section. */
  questionsInFlowOrder: Question[];
  /** `askWhen` references by question id. */
  askRefs: Map<string, string[]>;
  /** Questions the risk rules read. */
  riskRuleRefs: Set<string>;
}

const plans = new WeakMap<Catalogue, CataloguePlan>();

export function cataloguePlan(catalogue: Catalogue): CataloguePlan {
  const cached = plans.get(catalogue);
  if (cached) return cached;
  const exceptionsById = new Map(catalogue.exceptions.map((e) => [e.id, e]));
  const plan: CataloguePlan = {
    certifiableLevels: new Set(catalogue.levels.filter((l) => l.certifiable).map((l) => l.id)),
    requirements: catalogue.requirements.map((requirement) => {
      const appliesRefs = requirement.appliesWhen ? conditionAnswerRefs(requirement.appliesWhen) : [];
      const metRefs = requirement.metWhen ? conditionAnswerRefs(requirement.metWhen) : [];
      const exceptions = new Map<string, CatalogueException>();
      for (const id of requirement.exceptions ?? []) {
        const exception = exceptionsById.get(id);
        if (exception) exceptions.set(id, exception);
      }
      const claimRefs = [...exceptions.values()].flatMap((e) => (e.claimableWhen ? conditionAnswerRefs(e.claimableWhen) : []));
      return { requirement, appliesRefs, metRefs, allRefs: [...new Set([...appliesRefs, ...metRefs])], exceptions, claimRefs };
    }),
    // Array.prototype.sort is stable: catalogue order is kept within a section.
    questionsInFlowOrder: [...catalogue.questions].sort((a, b) => QUESTION_SECTION_ORDER.indexOf(a.section) - QUESTION_SECTION_ORDER.indexOf(b.section)),
    askRefs: new Map(catalogue.questions.map((q) => [q.id, q.askWhen ? conditionAnswerRefs(q.askWhen) : []])),
    riskRuleRefs: new Set(catalogue.riskRules.flatMap((r) => conditionAnswerRefs(r.when))),
  };
  plans.set(catalogue, plan);
  return plan;
}
