/**
 * The rules a claim's structured proof must meet against its exception, in one place: the answers
 * file check and the flow's exception step (as the user types) both ask them; and the rule a claim's
 * own words (justification, evidence reference, the texts of its proof) must meet, which the exception
 * step asks as the user types and a saved check asks again when it is read.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { ClaimProof } from './answers-types.js';
import type { AnswersParams } from './answers-messages.js';
import { textProblem } from '../yaml/yaml-document.js';

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

/** The limits of the answers file (spec/schema/answers.schema.json), so every claim typed in the check replays. */
export const JUSTIFICATION_MAX = 2000;
export const CLAIM_TEXT_MAX = 200;

/** Which of a claim's own words break the rule, and how; the caller words it (a prompt, a saved check's notice), never quoting it. */
export interface ClaimTextProblem {
  part: 'justification' | 'reference' | 'proof';
  rule: 'empty' | 'too-long' | 'control';
  /** With `too-long`: the limit. */
  max?: number;
}

/**
 * Why a claim's words (those given so far) cannot stand: a justification or a proof text of nothing
 * but spaces, a text longer than the answers file allows, or a character no answers file may hold (a
 * control character other than tab and line feed, the YAML reader's rule: a typed claim must survive
 * its export); undefined when they can. An evidence reference may be left out, never too long.
 * @example
 * claimTextProblem({ justification: '  ' }) // { part: 'justification', rule: 'empty' }
 */
export function claimTextProblem(claim: { justification?: string; evidence?: { reference?: string }; proof?: ClaimProof }): ClaimTextProblem | undefined {
  const check = (part: ClaimTextProblem['part'], text: string | undefined, max: number, emptyAllowed = false): ClaimTextProblem | undefined => {
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    if (trimmed === '' && !emptyAllowed) return { part, rule: 'empty' };
    if (trimmed.length > max) return { part, rule: 'too-long', max };
    return textProblem(text) === undefined ? undefined : { part, rule: 'control' };
  };
  const { proof } = claim;
  const proofTexts = [proof?.monument?.number, ...(proof?.monument?.elements ?? []), proof?.alternative?.measure, proof?.alternative?.statement.reference, proof?.landlordRefusal?.reference];
  return (
    check('justification', claim.justification, JUSTIFICATION_MAX) ??
    check('reference', claim.evidence?.reference, CLAIM_TEXT_MAX, true) ??
    proofTexts.reduce<ClaimTextProblem | undefined>((found, text) => found ?? check('proof', text, CLAIM_TEXT_MAX), undefined)
  );
}
