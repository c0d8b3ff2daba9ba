/**
 * What the flow checks as the user types: an answer through the value rules of answers/ (the same the
 * answers file is checked with), worded for the prompt where the file's wording would not fit; a
 * claim being drafted against what the exception step offers; a refusal against what the refusal step
 * offers, its reason by the answers file's rule (`refusal-rules.ts`). A problem names the question but
 * never the value given, which may describe the home.
 */
import type { ClaimProof } from '../answers/answers-types.js';
import { isIsoDate } from '../answers/advice-rules.js';
import { EVIDENCE_LEVELS, type EvidenceLevel, type Question } from '../catalogue/catalogue-types.js';
import type { AssessmentKind } from '../answers/answers-types.js';
import type { CodeReading, Problem } from '../problems/problem.js';
import type { ParamsTable, ProblemOf } from '../i18n/message-map.js';
import type { ParamsArgs } from '../problems/errors.js';
import type { AnswersParams } from '../answers/answers-messages.js';
import type { FlowCode, FlowParams, flowMessages } from './flow-messages.js';
import { answerValueProblems, type AnswerValueProblem } from '../answers/answer-value.js';
import { CLAIM_TEXT_MAX, claimTextProblem, proofRuleProblem, type ClaimTextProblem, type ProofRuleProblem } from '../answers/claim-rules.js';
import { refusalReasonProblem, type RefusalReasonProblem } from '../answers/refusal-rules.js';

/**
 * The prompt's wording of a finding, where the file's would not fit (it speaks of YAML and ids); the
 * rest (an option the front end did not offer, one twice) keep the file's code.
 */
const PROMPT_CODE = {
  'answers-wrong-type': 'flow-answer-wrong-type',
  'answers-out-of-range': 'flow-answer-out-of-range',
  'answers-multi-empty': 'flow-answer-multi-empty',
  'answers-none-with-others': 'flow-answer-none-with-others',
} as const satisfies { [Code in AnswerValueProblem['code']]?: CodeReading<FlowTable, AnswersParams<Code>> };

/** A finding may be reworded only as a flow code whose message reads no more than the finding gives (tsc checks). */
type FlowTable = ParamsTable<typeof flowMessages>;

/** Reports a claim's problem: tsc checks the parameters against the message of `code`; the exception is added. */
type ClaimFail = <Code extends FlowCode>(code: Code, ...params: ParamsArgs<Omit<FlowParams<Code>, 'exception'>>) => Problem;

/**
 * The first reason `value` is not an answer to `question`, worded for the prompt, or undefined when it is one.
 * @example
 * answerProblem({ id: 'verdiepingen', type: 'number', min: 1, max: 5, ... }, 9)
 * // { code: 'flow-answer-out-of-range', params: { question: 'verdiepingen', min: 1, max: 5 }, ... }
 */
export function answerProblem(question: Question, value: unknown): Problem | undefined {
  const [first] = answerValueProblems(question, value);
  const prompt: Partial<Record<AnswerValueProblem['code'], FlowCode>> = PROMPT_CODE;
  return first === undefined ? undefined : { code: prompt[first.code] ?? first.code, severity: 'error', params: first.params };
}

/**
 * Reads a number as a Dutch or English user types it: `3`, `2,5` or `2.5`, with spaces around.
 * Undefined for anything else (`3 meter`, `1.000,5`, empty).
 */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/** A monument's elements as typed, "voordeur, achterraam" → ['voordeur', 'achterraam']; an empty list is refused by the machine. */
export function elementsOf(text: string): string[] {
  const elements = text.split(',').map((element) => element.trim()).filter((element) => element !== '');
  return elements.length === 0 ? [''] : elements;
}

/** A claim on an exception as the flow receives it: which exception, for which basics, with what evidence. */
export interface ClaimInput {
  exception: string;
  requirements: readonly string[];
  justification: string;
  evidence: { level: unknown; reference?: string };
  /** Structured evidence (monument, permit year, …) carried to the answers unchanged. */
  proof?: ClaimProof;
}

/** The evidence a claim can have: a self-check cannot carry a PKVW firm's inspection. */
export function evidenceLevelsFor(kind: AssessmentKind): readonly EvidenceLevel[] {
  return kind === 'inspection' ? EVIDENCE_LEVELS : EVIDENCE_LEVELS.filter((level) => level !== 'inspected');
}

/** A claim being typed: the parts not yet given are not checked. A CLAIM event carries every part. */
export type ClaimDraft = Pick<ClaimInput, 'exception' | 'requirements'> & Partial<Omit<ClaimInput, 'exception' | 'requirements'>>;

/**
 * The problem with `claim` where `offered` lists, per exception, the basics it may waive now, or
 * undefined when the claim may be made. Each part is checked as soon as it is given (a draft).
 */
export function validateClaim(
  offered: readonly { exception: string; requirements: readonly string[]; proof?: { permitYearFrom?: number; scenarios: readonly string[] } }[],
  claim: ClaimDraft,
  kind: AssessmentKind,
): Problem | undefined {
  const fail: ClaimFail = (code, ...[params]) => ({
    code,
    severity: 'error',
    params: { exception: claim.exception, ...params },
  });
  const offer = offered.find((candidate) => candidate.exception === claim.exception);
  if (offer === undefined) return fail('flow-claim-not-offered');
  if (claim.requirements.length === 0) return fail('flow-claim-no-requirements');
  const other = claim.requirements.find((requirement) => !offer.requirements.includes(requirement));
  if (other !== undefined) return fail('flow-claim-requirement-not-offered', { requirement: other });
  if (claim.evidence !== undefined) {
    const levels = evidenceLevelsFor(kind);
    if (!levels.some((level) => level === claim.evidence?.level)) return fail('flow-evidence-unknown', { allowed: levels.join(', ') });
  }
  // The claim's own words, by the rule a saved check is read with too (answers/claim-rules.ts).
  const text = claimTextProblem(claim);
  if (text !== undefined) return claimTextPrompt(text, fail);
  return claim.proof === undefined ? undefined : proofProblem(offer.proof, claim.proof, fail);
}

/** The prompt's wording of the claim text rule: the prompt is already at the part that breaks it. */
function claimTextPrompt(problem: ClaimTextProblem, fail: ClaimFail): Problem {
  if (problem.rule === 'control') return fail('flow-claim-text-control');
  if (problem.rule === 'too-long') return fail('flow-claim-text-too-long', { max: problem.max ?? CLAIM_TEXT_MAX });
  return fail(problem.part === 'proof' ? 'flow-claim-proof-empty' : 'flow-claim-justification-empty');
}

/** A permit year and a date that can be one, then the proof rules of answers/ against the offer. */
function proofProblem(offer: { permitYearFrom?: number; scenarios: readonly string[] } | undefined, proof: ClaimProof, fail: ClaimFail): Problem | undefined {
  const year = proof.newBuild?.permitYear;
  if (year !== undefined && (!Number.isInteger(year) || year < 1800 || year > 2200)) return fail('flow-claim-permit-year-invalid');
  const date = proof.landlordRefusal?.date;
  if (date !== undefined && !isIsoDate(date)) return fail('flow-claim-date-invalid');
  const rule = proofRuleProblem(proof, { ...offer, scenarios: offer?.scenarios ?? [] });
  return rule === undefined ? undefined : fail(PROOF_PROMPT_CODE[rule.code], rule.params);
}

/** The prompt's wording of a proof rule: the file's names the exception by id, the prompt is already at it. */
const PROOF_PROMPT_CODE = {
  'answers-permit-year-before-cut-off': 'flow-claim-permit-year-before-cut-off',
  'answers-alternative-scenario': 'flow-claim-alternative-scenario',
} as const satisfies { [Code in ProofRuleProblem['code']]: CodeReading<FlowTable, AnswersParams<Code>> };

/** A refusal being typed: the reason, until given, is not checked. A REFUSE event carries it. */
export interface RefusalDraft {
  requirement: string;
  reason?: string;
}

/** The prompt's wording of the reason rule: the file's names the requirement by id, the prompt is already at it. */
const REFUSAL_PROMPT_CODE = {
  'answers-refusal-reason-empty': 'flow-refusal-reason-empty',
  'answers-refusal-reason-too-long': 'flow-refusal-reason-too-long',
  'answers-refusal-reason-control': 'flow-refusal-reason-control',
} as const satisfies { [Code in RefusalReasonProblem['code']]: CodeReading<FlowTable, AnswersParams<Code>> };

/**
 * The problem with `refusal` where `offered` lists the basics the refusal step offers now, or
 * undefined when it may be recorded. The reason is checked as soon as it is given; it is never quoted.
 */
export function refusalProblem(offered: readonly { requirement: string }[], refusal: RefusalDraft): Problem | undefined {
  if (!offered.some((offer) => offer.requirement === refusal.requirement)) return { code: 'flow-refusal-not-offered', severity: 'error', params: { requirement: refusal.requirement } } satisfies ProblemOf<typeof flowMessages>;
  if (refusal.reason === undefined) return undefined;
  const problem = refusalReasonProblem(refusal.requirement, refusal.reason);
  return problem === undefined ? undefined : { code: REFUSAL_PROMPT_CODE[problem.code], severity: 'error', params: problem.params };
}

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return EVIDENCE_LEVELS.some((level) => level === value);
}
