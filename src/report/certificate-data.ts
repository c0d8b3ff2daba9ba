/**
 * What a light certificate states, as data: the JSON embedded (and signed) in the certificate PDF,
 * and what its page shows. It carries only what a certificate needs — who issued it, for which
 * dwelling (postcode and house number), under which catalogue, until when, and which basics are
 * met or exempt — and never a gap, an answer value or a free-text detail of the home.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Outcome, Verdict } from '../verdict/verdict-types.js';
import { sha256Hex } from '../canonical/canonical-json.js';
import { canonicalVerdictJson } from '../verdict/verdict-json.js';
import { userError } from '../problems/errors.js';

export const CERTIFICATE_FORMAT = 'pkvw-light/certificate@1';

export interface CertificateData {
  format: typeof CERTIFICATE_FORMAT;
  number: string;
  /** The moment of issue (ISO timestamp from the clock): also the signing time. */
  issuedAt: string;
  /** ISO dates (YYYY-MM-DD, UTC). */
  issuedOn: string;
  validUntil: string;
  issuer: { firm: string; inspector: string };
  dwelling: { postcode: string; houseNumber: string };
  catalogue: { id: string; version: string; hash: string };
  answersHash: string;
  /** SHA-256 of the full canonical verdict the firm keeps: ties the certificate to it without disclosing it. */
  verdictHash: string;
  outcome: Outcome;
  risk: { scenario: string; level: string }[];
  /** The owner basics in place: met, or exempt under an exception the catalogue allows. */
  requirements: { id: string; status: 'met' | 'exempt' }[];
}

/**
 * @example
 * const data = certificateData(verdict, answers, catalogue); // throws UserError unless basis-op-orde and certifiable
 * data.number; // 'PKVWL-20261128-3F9A0C21D4'
 */
export function certificateData(verdict: Verdict, answers: Answers, catalogue: Catalogue, options: { number?: string } = {}): CertificateData {
  if (verdict.kind !== 'inspection') throw userError('certificate-needs-inspection', {});
  if (verdict.outcome !== 'basis-op-orde') throw userError('certificate-outcome', { outcome: verdict.outcome });
  if (!verdict.certifiable) throw userError('certificate-evidence', {});
  const { dwelling } = answers.subject;
  if (dwelling === undefined) throw userError('certificate-no-dwelling', {});
  if (answers.inspection === undefined) throw userError('certificate-no-inspection', {});

  const verdictHash = sha256Hex(canonicalVerdictJson(verdict));
  const issuedOn = verdict.evaluatedAt.slice(0, 10);
  return {
    format: CERTIFICATE_FORMAT,
    number: options.number ?? certificateNumber(issuedOn, verdictHash),
    issuedAt: verdict.evaluatedAt,
    issuedOn,
    validUntil: validityEnd(issuedOn, catalogue.metadata.certificate.validityMonths),
    issuer: { firm: answers.inspection.firm, inspector: answers.inspection.inspector },
    dwelling: { postcode: dwelling.postcode, houseNumber: dwelling.houseNumber },
    catalogue: { ...verdict.catalogue },
    answersHash: verdict.answersHash,
    verdictHash,
    outcome: verdict.outcome,
    risk: verdict.risk.map((r) => ({ scenario: r.scenario, level: r.level })),
    requirements: verdict.requirements.flatMap((r) =>
      r.responsibility === 'bestuurder' && (r.status === 'met' || r.status === 'exempt') ? [{ id: r.requirement, status: r.status }] : [],
    ),
  };
}

/** Deterministic: the issue date and the first 40 bits of the verdict hash. */
export function certificateNumber(issuedOn: string, verdictHash: string): string {
  return `PKVWL-${issuedOn.replaceAll('-', '')}-${verdictHash.slice(0, 10).toUpperCase()}`;
}

/**
 * The last day of validity: `months` after the issue date, minus one day (issued 2026-11-28 for
 * 48 months: valid until 2030-11-27). A day missing in the end month falls back to its last day.
 */
export function validityEnd(issuedOn: string, months: number): string {
  const [year = 0, month = 1, day = 1] = issuedOn.split('-').map(Number);
  const targetMonth = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
