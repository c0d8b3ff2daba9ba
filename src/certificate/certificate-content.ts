/**
 * What a verifier can establish from a certificate's embedded data, given the catalogue version it
 * names. The answers are not in the PDF, so whether each basic is met cannot be re-derived; what is
 * re-derived goes through the one `evaluate` of src/verdict: with the levels of the covered
 * scenarios fixed (as an advice would fix them) and no answers, `evaluate` says whether those
 * levels are within the keurmerk at all (an outcome other than `doorverwijzen`), gives each covered
 * scenario a coverage entry, and names the owner basics that apply through it. Every basic the
 * certificate names must be one of those, and its dates must follow from the catalogue.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { evaluate } from '../verdict/evaluate.js';
import { canonicalJson } from '../canonical/canonical-json.js';
import { daysBetween, validityEnd, type CertificateData } from './certificate-data.js';
import { EMBEDDED_NAME } from '../report/embedded-data.js';
import type { VerifyReason } from './certificate-messages.js';
import { validateCertificateData } from './certificate.validator.generated.js';

export type EmbeddedContent = { kind: 'report' } | { kind: 'certificate'; certificate: CertificateData; json: string };

/** Finds certificate.json (or a report's verdict.json) and checks it is canonical JSON of the certificate format. */
export function parseEmbeddedContent(files: readonly { name: string; bytes: Uint8Array }[]): EmbeddedContent | VerifyReason {
  const ours = files.filter((f) => f.name === EMBEDDED_NAME.verdict || f.name === EMBEDDED_NAME.certificate);
  const file = ours[0];
  if (file === undefined || ours.length > 1) return { code: 'verify-embedded-missing', params: { count: ours.length } };
  if (file.name === EMBEDDED_NAME.verdict) return { kind: 'report' };
  const text = new TextDecoder('utf-8').decode(file.bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { code: 'verify-embedded-unparseable', params: { name: file.name } };
  }
  if (canonicalJson(value) !== text) return { code: 'verify-embedded-not-canonical', params: { name: file.name } };
  return isCertificateData(value) ? { kind: 'certificate', certificate: value, json: text } : { code: 'verify-embedded-shape', params: { name: file.name } };
}

/** The answers that fix the certificate's risk levels and say nothing else: what `evaluate` needs to re-derive applicability. */
export function riskOnlyAnswers(certificate: CertificateData): Answers {
  return {
    catalogue: { id: certificate.catalogue.id, version: certificate.catalogue.version },
    kind: 'inspection',
    date: certificate.inspectedOn,
    subject: { role: '' },
    advice: { reference: certificate.number, measures: [], levels: Object.fromEntries(certificate.coverage.map((c) => [c.scenario, c.level])), waives: [], hardConditions: [] },
    answers: {},
    exceptions: [],
    refusals: [],
  };
}

export function checkCertificateContent(certificate: CertificateData, catalogue: Catalogue): VerifyReason | undefined {
  const verdict = evaluate(catalogue, riskOnlyAnswers(certificate), new Date(certificate.issuedAt));
  // A level beyond the keurmerk makes evaluate refer the case on; no certificate can cover anything then.
  if (verdict.outcome === 'doorverwijzen') return { code: 'verify-outcome-mismatch', params: { expected: verdict.outcome } };
  const risk = new Map(verdict.risk.map((r) => [r.scenario, r]));
  const through = new Set<string>();
  if (certificate.coverage.length === 0) return { code: 'verify-coverage-empty', params: {} };
  const twice = certificate.coverage.find((c, i) => certificate.coverage.findIndex((d) => d.scenario === c.scenario) !== i);
  if (twice !== undefined) return { code: 'verify-coverage-twice', params: { scenario: twice.scenario } };
  for (const { scenario, level } of certificate.coverage) {
    const derived = risk.get(scenario);
    const entry = verdict.coverage.find((c) => c.scenario === scenario);
    if (derived === undefined || derived.level !== level || derived.basis.kind !== 'advice' || entry === undefined) return { code: 'verify-risk-incomplete', params: { scenario } };
    for (const basic of entry.basics) through.add(basic);
  }
  const named = certificate.basicsMet.find((id, i) => certificate.basicsMet.indexOf(id) !== i);
  if (named !== undefined) return { code: 'verify-requirement-twice', params: { requirement: named } };
  const owner = new Set(verdict.requirements.filter((r) => r.responsibility === 'bestuurder').map((r) => r.requirement));
  for (const id of certificate.basicsMet) {
    if (!through.has(id) || !owner.has(id)) return { code: 'verify-requirement-status', params: { requirement: id } };
  }
  const end = validityEnd(certificate.issuedOn, catalogue.metadata.certificate.validityMonths);
  if (certificate.issuedAt.slice(0, 10) !== certificate.issuedOn || end !== certificate.validUntil) {
    return { code: 'verify-validity-mismatch', params: { embedded: certificate.validUntil, expected: end } };
  }
  const age = daysBetween(certificate.inspectedOn, certificate.issuedOn);
  const maxAge = catalogue.metadata.certificate.maxInspectionAgeDays ?? 0;
  if (age < 0 || age > maxAge) return { code: 'verify-inspection-date', params: { inspected: certificate.inspectedOn, issued: certificate.issuedOn, max: maxAge } };
  return undefined;
}

function isCertificateData(value: unknown): value is CertificateData {
  return validateCertificateData(value) === true;
}
