/**
 * The rules a claim's structured proof must meet against its exception, in one place: the answers
 * file check and the flow's exception step (as the user types) both ask them.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { ClaimProof } from './answers-types.js';
import type { AnswersParams } from './answers-messages.js';

type ProofRuleCode = 'answers-permit-year-before-cut-off' | 'answers-alternative-scenario';

/** A proof rule broken, with its message's parameters but the exception, which the caller names. */
export type ProofRuleProblem = { [Code in ProofRuleCode]: { code: Code; params: Omit<AnswersParams<Code>, 'exception'> } }[ProofRuleCode];

/** What a proof is checked against: the first permit year that qualifies, the scenarios an alternative may protect against. */
export interface ProofRule {
  permitYearFrom?: number;
  scenarios: readonly string[];
}

/** The scenarios the requirements are linked to, in catalogue order: what an equivalent alternative must protect against. */
export function scenariosLinkedTo(catalogue: Catalogue, requirements: readonly string[]): string[] {
  const linked = new Set(catalogue.requirements.filter((requirement) => requirements.includes(requirement.id)).flatMap((requirement) => requirement.risks.map((link) => link.scenario)));
  return catalogue.scenarios.map((scenario) => scenario.id).filter((id) => linked.has(id));
}

/**
 * Why `proof` does not hold against `rule`: a permit year before the cut-off, an alternative against
 * a scenario the claimed basics are not linked to; undefined when it holds or gives neither.
 */
export function proofRuleProblem(proof: ClaimProof, rule: ProofRule): ProofRuleProblem | undefined {
  const year = proof.newBuild?.permitYear;
  if (year !== undefined && rule.permitYearFrom !== undefined && year < rule.permitYearFrom) return { code: 'answers-permit-year-before-cut-off', params: { cutOff: rule.permitYearFrom } };
  const scenario = proof.alternative?.scenario;
  if (scenario !== undefined && !rule.scenarios.includes(scenario)) return { code: 'answers-alternative-scenario', params: { scenarios: rule.scenarios.join(', ') } };
  return undefined;
}
