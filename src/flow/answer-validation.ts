/**
 * Checks one answer against its question before the flow moves on: right type, an allowed option,
 * within min/max. The problem names the question but never the value given, which may describe the home.
 */
import { EVIDENCE_LEVELS, type AnswerValue, type EvidenceLevel, type Question } from '../catalogue/catalogue-types.js';
import type { Problem } from '../problems/problem.js';

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
      return new Set(value).size === value.length ? undefined : fail('flow-answer-duplicate-option');
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

/** A claim on an exception as the flow receives it. */
export interface ClaimInput {
  exception: string;
  justification: string;
  evidence: { level: unknown; reference?: string };
}

/** The limits of the answers file (spec/schema/answers.schema.json), so every valid file replays. */
export const MAX_JUSTIFICATION_LENGTH = 2000;
export const MAX_REFERENCE_LENGTH = 200;

/** The problem with claiming `claim.exception` where only `offered` may be claimed, or undefined. */
export function validateClaim(offered: readonly string[], claim: ClaimInput): Problem | undefined {
  const fail = (code: string, params: Record<string, string | number> = {}): Problem => ({
    code,
    severity: 'error',
    params: { exception: claim.exception, ...params },
  });
  if (!offered.includes(claim.exception)) return fail('flow-claim-not-offered');
  const justification = claim.justification.trim();
  if (justification === '') return fail('flow-claim-justification-empty');
  if (justification.length > MAX_JUSTIFICATION_LENGTH) return fail('flow-claim-text-too-long', { max: MAX_JUSTIFICATION_LENGTH });
  if (!isEvidenceLevel(claim.evidence.level)) return fail('flow-claim-evidence-unknown', { allowed: EVIDENCE_LEVELS.join(', ') });
  if ((claim.evidence.reference ?? '').length > MAX_REFERENCE_LENGTH) return fail('flow-claim-text-too-long', { max: MAX_REFERENCE_LENGTH });
  return undefined;
}

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return EVIDENCE_LEVELS.some((level) => level === value);
}
