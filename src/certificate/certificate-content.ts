/**
 * What a verifier can establish from a certificate's embedded data, given the catalogue version it
 * names. The answers are not in the PDF, so whether each basic is met cannot be re-derived; what is
 * re-derived goes through the one `evaluate` of src/verdict: with the certificate's risk levels
 * fixed (as an advice would fix them) and no answers, `evaluate` says which owner basics apply at
 * those levels and whether the levels are within the keurmerk at all (an outcome other than
 * `doorverwijzen`). Every basic the certificate names must apply, and its dates must follow from
 * the catalogue.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { evaluate } from '../verdict/evaluate.js';
import { canonicalJson } from '../canonical/canonical-json.js';
import { CERTIFICATE_FORMAT, daysBetween, validityEnd, type CertificateData } from '../report/certificate-data.js';
import { EMBEDDED_NAME } from '../report/embedded-data.js';
import type { Reason } from '../signing/verification-result.js';

export type EmbeddedContent = { kind: 'report' } | { kind: 'certificate'; certificate: CertificateData };

/** Finds certificate.json (or a report's verdict.json) and checks it is canonical JSON of the certificate format. */
export function parseEmbeddedContent(files: readonly { name: string; bytes: Uint8Array }[]): EmbeddedContent | Reason {
  const ours = files.filter((f) => f.name === EMBEDDED_NAME.verdict || f.name === EMBEDDED_NAME.certificate);
  const file = ours[0];
  if (file === undefined || ours.length > 1) return { code: 'verify-embedded-missing', params: { count: ours.length } };
  if (file.name === EMBEDDED_NAME.verdict) return { kind: 'report' };
  const text = Buffer.from(file.bytes).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { code: 'verify-embedded-unparseable', params: { name: file.name } };
  }
  if (canonicalJson(value) !== text) return { code: 'verify-embedded-not-canonical', params: { name: file.name } };
  return isCertificateData(value) ? { kind: 'certificate', certificate: value } : { code: 'verify-embedded-shape', params: { name: file.name } };
}

/** The answers that fix the certificate's risk levels and say nothing else: what `evaluate` needs to re-derive applicability. */
export function riskOnlyAnswers(certificate: CertificateData): Answers {
  return {
    catalogue: { id: certificate.catalogue.id, version: certificate.catalogue.version },
    kind: 'inspection',
    date: certificate.inspectedOn,
    subject: { role: '' },
    advice: { reference: certificate.number, measures: [], levels: Object.fromEntries(certificate.risk.map((r) => [r.scenario, r.level])), waives: [], hardConditions: [] },
    answers: {},
    exceptions: [],
    refusals: [],
  };
}

export function checkCertificateContent(certificate: CertificateData, catalogue: Catalogue): Reason | undefined {
  const verdict = evaluate(catalogue, riskOnlyAnswers(certificate), new Date(certificate.issuedAt));
  const stated = new Map(certificate.risk.map((r) => [r.scenario, r.level]));
  for (const risk of verdict.risk) {
    if (stated.get(risk.scenario) !== risk.level || risk.basis.kind !== 'advice') return { code: 'verify-risk-incomplete', params: { scenario: risk.scenario } };
  }
  if (stated.size !== verdict.risk.length) return { code: 'verify-risk-incomplete', params: { scenario: [...stated.keys()].find((s) => !verdict.risk.some((r) => r.scenario === s)) ?? '-' } };
  // A level beyond the keurmerk makes evaluate refer the case on; no certificate can say basis-op-orde then.
  if (verdict.outcome === 'doorverwijzen') return { code: 'verify-outcome-mismatch', params: { embedded: certificate.outcome, expected: verdict.outcome } };
  const results = new Map(verdict.requirements.map((r) => [r.requirement, r]));
  if (new Set(certificate.basicsMet).size !== certificate.basicsMet.length) return { code: 'verify-requirement-status', params: { requirement: 'duplicate' } };
  for (const id of certificate.basicsMet) {
    const result = results.get(id);
    const appliesByRisk = result !== undefined && !(result.status === 'not-applicable' && result.notApplicable?.kind === 'risk-below-level');
    if (result === undefined || result.responsibility !== 'bestuurder' || !appliesByRisk) return { code: 'verify-requirement-status', params: { requirement: id } };
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

const STRING = { type: 'string', minLength: 1, maxLength: 400 } as const;
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const CERTIFICATE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'number', 'issuedAt', 'issuedOn', 'validUntil', 'inspectedOn', 'issuer', 'dwelling', 'catalogue', 'answersHash', 'verdictHash', 'outcome', 'risk', 'basicsMet'],
  properties: {
    format: { const: CERTIFICATE_FORMAT },
    number: { type: 'string', pattern: '^[A-Z0-9][A-Z0-9-]{3,39}$' },
    issuedAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$' },
    issuedOn: DATE,
    validUntil: DATE,
    inspectedOn: DATE,
    issuer: {
      type: 'object',
      additionalProperties: false,
      required: ['firm', 'inspector', 'test'],
      properties: { firm: STRING, inspector: STRING, test: { type: 'boolean' } },
    },
    dwelling: { type: 'object', additionalProperties: false, required: ['postcode', 'houseNumber'], properties: { postcode: STRING, houseNumber: STRING } },
    catalogue: { type: 'object', additionalProperties: false, required: ['id', 'version', 'hash'], properties: { id: STRING, version: STRING, hash: STRING } },
    answersHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    verdictHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    outcome: { const: 'basis-op-orde' },
    risk: {
      type: 'array',
      maxItems: 200,
      items: { type: 'object', additionalProperties: false, required: ['scenario', 'level'], properties: { scenario: STRING, level: STRING } },
    },
    basicsMet: { type: 'array', maxItems: 2000, items: STRING },
  },
};

let certificateValidator: ValidateFunction | undefined;

function isCertificateData(value: unknown): value is CertificateData {
  certificateValidator ??= new Ajv2020({ strict: true }).compile(CERTIFICATE_SCHEMA);
  return certificateValidator(value) === true;
}
