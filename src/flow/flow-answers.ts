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
  type Refusal,
  type WrittenAnswer,
  type WrittenAnswers,
} from '../answers/answers-types.js';

/** Everything about an assessment except the answers themselves. */
export type FlowMeta = Pick<Answers, 'kind' | 'date' | 'subject' | 'inspection' | 'advice'>;

/** A claimed exception for one requirement, or the user's choice not to claim one. */
export type ExceptionDecision =
  | { kind: 'claim'; exception: string; justification: string; evidence: ExceptionClaim['evidence']; proof?: ClaimProof }
  | { kind: 'declined' };

/** A claim made at the exception step. */
export type ClaimDecision = Extract<ExceptionDecision, { kind: 'claim' }>;

/** A reasoned refusal ("gemotiveerd afzien") of one basic, with the user's reason, or the choice not to refuse it. */
export type RefusalDecision = { kind: 'refused'; reason: string } | { kind: 'declined' };

export interface FlowAnswers {
  meta: FlowMeta;
  /** By question id. */
  values: Record<string, GivenAnswer>;
  /** By requirement id: what the user decided when an exception was offered. */
  decisions: Record<string, ExceptionDecision>;
  /** Questions the user chose to leave open ("weet ik niet"): not asked again, unanswered in the verdict. */
  skipped: string[];
  /** By requirement id: what the user decided at the refusal step. Absent in a state file saved before the step existed. */
  refusals?: Record<string, RefusalDecision>;
  /**
   * By requirement id: the reason given before the refusal step was asked anew (from the review, or
   * back to it), offered again as the answer's start. Not a refusal: the verdict and the export never
   * read it. Only while that basic is offered and not yet decided again; absent when there is none.
   */
  earlierReasons?: Record<string, string>;
  /**
   * By requirement id: the claim made before the exception step was asked anew (back to it from the
   * review or the refusal step), its justification, evidence and proof offered again as the answer's
   * start. Not a claim: the verdict and the export never read it. Only while that exception is still
   * offered for that basic and the basic is not yet decided again; absent when there is none.
   */
  earlierClaims?: Record<string, ClaimDecision>;
  /**
   * The advice step was answered: yes (the advice is in `meta.advice`) or no. Absent until then, and in
   * a state file saved before the step existed: the step is then asked when the check resumes.
   */
  adviceAnswered?: boolean;
}

/**
 * The answers as the verdict engine takes them. Without claims when `withClaims` is false: that is
 * how the flow finds which owner basics are not met before any exception is applied; without
 * refusals when `withRefusals` is false, so that the refusal step sees which basics are not met.
 */
export function toAnswers(catalogue: Catalogue, flow: FlowAnswers, withClaims = true, withRefusals = withClaims): Answers {
  const exceptions: ExceptionClaim[] = [];
  if (withClaims) {
    for (const [requirement, decision] of Object.entries(flow.decisions)) {
      if (decision.kind === 'claim') {
        exceptions.push({ exception: decision.exception, requirements: [requirement], justification: decision.justification, evidence: decision.evidence, ...decision.proof });
      }
    }
  }
  return answersFromValues(catalogue, { ...flow.meta, exceptions, refusals: withRefusals ? refusalsOf(catalogue, flow) : [] }, flow.values);
}

/** The refusals recorded at the refusal step, in catalogue order, so the same decisions always give the same answers (and answers hash). */
export function refusalsOf(catalogue: Catalogue, flow: FlowAnswers): Refusal[] {
  return catalogue.requirements.flatMap((requirement) => {
    const decision = flow.refusals?.[requirement.id];
    return decision?.kind === 'refused' ? [{ requirement: requirement.id, reason: decision.reason }] : [];
  });
}

/** The answers file form (format `pkvw-light/answers@2`), answers in catalogue order. */
export function toWrittenAnswers(catalogue: Catalogue, flow: FlowAnswers): WrittenAnswers {
  const answers: Record<string, WrittenAnswer> = {};
  for (const question of catalogue.questions) {
    const given = flow.values[question.id];
    if (given === undefined) continue;
    answers[question.id] = given.evidence === 'self-declared' ? given.value : { value: given.value, evidence: given.evidence };
  }
  const { exceptions: claims, refusals } = toAnswers(catalogue, flow);
  const { kind, date, subject, inspection, advice } = flow.meta;
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
    ...(refusals.length === 0 ? {} : { refusals }),
  };
}
