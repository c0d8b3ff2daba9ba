/**
 * What the flow has collected so far, and its two outward forms: `Answers` for the verdict engine
 * and `WrittenAnswers` for an answers file that `pkvw-light assess` accepts.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import { answersFromValues } from '../answers/answers-from-values.js';
import { writtenAdviceOf } from '../answers/advice-rules.js';
import {
  ANSWERS_FORMAT,
  type Answers,
  type ClaimProof,
  type ExceptionClaim,
  type GivenAnswer,
  type WrittenAnswer,
  type WrittenAnswers,
} from '../answers/answers-types.js';

/** Everything about an assessment except the answers themselves. */
export type FlowMeta = Pick<Answers, 'kind' | 'date' | 'subject' | 'inspection' | 'advice'> & { refusals?: Answers['refusals'] };

/** A claimed exception for one requirement, or the user's choice not to claim one. */
export type ExceptionDecision =
  | { kind: 'claim'; exception: string; justification: string; evidence: ExceptionClaim['evidence']; proof?: ClaimProof }
  | { kind: 'declined' };

export interface FlowAnswers {
  meta: FlowMeta;
  /** By question id. */
  values: Record<string, GivenAnswer>;
  /** By requirement id: what the user decided when an exception was offered. */
  decisions: Record<string, ExceptionDecision>;
  /** Questions the user chose to leave open ("weet ik niet"): not asked again, unanswered in the verdict. */
  skipped: string[];
  /**
   * The advice step was answered: yes (the advice is in `meta.advice`) or no. Absent until then, and in
   * a state file saved before the step existed: the step is then asked when the check resumes.
   */
  adviceAnswered?: boolean;
}

/**
 * The answers as the verdict engine takes them. Without claims when `withClaims` is false: that is
 * how the flow finds which owner basics are not met before any exception is applied.
 */
export function toAnswers(catalogue: Catalogue, flow: FlowAnswers, withClaims = true): Answers {
  const exceptions: ExceptionClaim[] = [];
  if (withClaims) {
    for (const [requirement, decision] of Object.entries(flow.decisions)) {
      if (decision.kind === 'claim') {
        exceptions.push({ exception: decision.exception, requirements: [requirement], justification: decision.justification, evidence: decision.evidence, ...decision.proof });
      }
    }
  }
  return answersFromValues(catalogue, { ...flow.meta, exceptions }, flow.values);
}

/** The answers file form (format `pkvw-light/answers@2`), answers in catalogue order. */
export function toWrittenAnswers(catalogue: Catalogue, flow: FlowAnswers): WrittenAnswers {
  const answers: Record<string, WrittenAnswer> = {};
  for (const question of catalogue.questions) {
    const given = flow.values[question.id];
    if (given === undefined) continue;
    answers[question.id] = given.evidence === 'self-declared' ? given.value : { value: given.value, evidence: given.evidence };
  }
  const claims = toAnswers(catalogue, flow).exceptions;
  const { kind, date, subject, inspection, advice, refusals } = flow.meta;
  const written = advice === undefined ? undefined : writtenAdviceOf(advice);
  return {
    format: ANSWERS_FORMAT,
    catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version },
    kind,
    date,
    subject,
    ...(inspection === undefined ? {} : { inspection }),
    // An advice migrated from answers@1 has no date yet; answers@2 requires one.
    ...(written === undefined ? {} : { advice: written }),
    answers,
    ...(claims.length === 0 ? {} : { exceptions: claims }),
    ...(refusals === undefined || refusals.length === 0 ? {} : { refusals }),
  };
}
