/**
 * Checks one answer against its question before the flow moves on: right type, an allowed option,
 * within min/max. The problem names the question but never the value given, which may describe the home.
 */
import type { ClaimProof } from '../answers/answers-types.js';
import { isIsoDate } from '../answers/advice-rules.js';
import { EVIDENCE_LEVELS, type AnswerValue, type EvidenceLevel, type Question } from '../catalogue/catalogue-types.js';
import type { AssessmentKind } from '../answers/answers-types.js';
import type { Problem } from '../problems/problem.js';

/**
 * PKVW-light's convention for a multi question: its option `geen` ("Geen van deze") means none of the
 * others, so it cannot be chosen with them, and a question that has it cannot be answered with nothing.
 */
export const NONE_OPTION = 'geen';

/** The option of `question` that excludes all others, if it has one. */
export function exclusiveOption(question: Question): string | undefined {
  return question.type === 'multi' && question.options?.some((option) => option.value === NONE_OPTION) ? NONE_OPTION : undefined;
}

/**
 * The problem with `value` as an answer to `question`, or undefined when it is a valid answer.
 * @example
 * validateAnswerValue({ id: 'verdiepingen', type: 'number', min: 1, max: 5, ... }, 9)
 * // { code: 'flow-answer-above-max', params: { question: 'verdiepingen', max: 5 }, ... }
 */
export function validateAnswerValue(question: Question, value: unknown): Problem | undefined {
  const fail = (code: string, params: Record<string, string | number> = {}): Problem => ({
    code,
    severity: 'error',
    params: { question: question.id, ...params },
  });
  const allowed = (question.options ?? []).map((option) => option.value);
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : fail('flow-answer-not-boolean');
    case 'choice':
      if (typeof value !== 'string') return fail('flow-answer-not-choice', { allowed: allowed.join(', ') });
      return allowed.includes(value) ? undefined : fail('flow-answer-not-choice', { allowed: allowed.join(', ') });
    case 'multi': {
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
        return fail('flow-answer-not-multi', { allowed: allowed.join(', ') });
      }
      if (!value.every((item) => allowed.includes(item))) return fail('flow-answer-not-multi', { allowed: allowed.join(', ') });
      if (new Set(value).size !== value.length) return fail('flow-answer-duplicate-option');
      const none = exclusiveOption(question);
      if (none === undefined) return undefined;
      const label = question.options?.find((option) => option.value === none)?.label;
      const names = { noneNl: label?.nl ?? none, noneEn: label?.en ?? none };
      if (value.length === 0) return fail('flow-answer-multi-empty', names);
      return value.includes(none) && value.length > 1 ? fail('flow-answer-none-with-others', names) : undefined;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('flow-answer-not-number');
      if (question.min !== undefined && value < question.min) return fail('flow-answer-below-min', { min: question.min });
      if (question.max !== undefined && value > question.max) return fail('flow-answer-above-max', { max: question.max });
      return undefined;
  }
}

/** True when `value` is a valid answer to `question`: the type guard form of `validateAnswerValue`. */
export function isValidAnswer(question: Question, value: unknown): value is AnswerValue {
  return validateAnswerValue(question, value) === undefined;
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

/** A claim on an exception as the flow receives it: which exception, for which basics, with what evidence. */
export interface ClaimInput {
  exception: string;
  requirements: readonly string[];
  justification: string;
  evidence: { level: unknown; reference?: string };
  /** Structured evidence (monument, permit year, …) carried to the answers unchanged. */
  proof?: ClaimProof;
}

/** The limits of the answers file (spec/schema/answers.schema.json), so every valid file replays. */
export const MAX_JUSTIFICATION_LENGTH = 2000;
export const MAX_REFERENCE_LENGTH = 200;

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
  const fail = (code: string, params: Record<string, string | number> = {}): Problem => ({
    code,
    severity: 'error',
    params: { exception: claim.exception, ...params },
  });
  const offer = offered.find((candidate) => candidate.exception === claim.exception);
  if (offer === undefined) return fail('flow-claim-not-offered');
  if (claim.requirements.length === 0) return fail('flow-claim-no-requirements');
  const other = claim.requirements.find((requirement) => !offer.requirements.includes(requirement));
  if (other !== undefined) return fail('flow-claim-requirement-not-offered', { requirement: other });
  if (claim.justification !== undefined) {
    const justification = claim.justification.trim();
    if (justification === '') return fail('flow-claim-justification-empty');
    if (justification.length > MAX_JUSTIFICATION_LENGTH) return fail('flow-claim-text-too-long', { max: MAX_JUSTIFICATION_LENGTH });
  }
  if (claim.evidence !== undefined) {
    const levels = evidenceLevelsFor(kind);
    if (!levels.some((level) => level === claim.evidence?.level)) return fail('flow-claim-evidence-unknown', { allowed: levels.join(', ') });
    if ((claim.evidence.reference ?? '').trim().length > MAX_REFERENCE_LENGTH) return fail('flow-claim-text-too-long', { max: MAX_REFERENCE_LENGTH });
  }
  return claim.proof === undefined ? undefined : proofProblem(offer.proof, claim.proof, fail);
}

/** The same limits the answers file sets (spec/schema/answers.schema.json), and the cut-off and scenarios of the offer. */
function proofProblem(offer: { permitYearFrom?: number; scenarios: readonly string[] } | undefined, proof: ClaimProof, fail: (code: string, params?: Record<string, string | number>) => Problem): Problem | undefined {
  const texts = [proof.monument?.number, ...(proof.monument?.elements ?? []), proof.alternative?.measure, proof.alternative?.statement.reference, proof.landlordRefusal?.reference];
  if (texts.some((text) => text !== undefined && text.trim() === '')) return fail('flow-claim-proof-empty');
  if (texts.some((text) => text !== undefined && text.length > MAX_REFERENCE_LENGTH)) return fail('flow-claim-text-too-long', { max: MAX_REFERENCE_LENGTH });
  const year = proof.newBuild?.permitYear;
  if (year !== undefined && (!Number.isInteger(year) || year < 1800 || year > 2200)) return fail('flow-claim-permit-year-invalid');
  if (year !== undefined && offer?.permitYearFrom !== undefined && year < offer.permitYearFrom) return fail('flow-claim-permit-year-before-cut-off', { cutOff: offer.permitYearFrom });
  const scenario = proof.alternative?.scenario;
  if (scenario !== undefined && !(offer?.scenarios ?? []).includes(scenario)) return fail('flow-claim-alternative-scenario', { scenarios: (offer?.scenarios ?? []).join(', ') });
  const date = proof.landlordRefusal?.date;
  if (date !== undefined && !isIsoDate(date)) return fail('flow-claim-date-invalid');
  return undefined;
}

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return EVIDENCE_LEVELS.some((level) => level === value);
}
