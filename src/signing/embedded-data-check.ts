/**
 * What a verifier can establish from the embedded data alone, given the catalogue version it names.
 * The answers are not in the PDF, so whether each basic is met cannot be re-derived; what can be
 * checked is that the verdict's logic holds: the statuses agree with the embedded risk levels and
 * the catalogue's risk links, every basic those levels make applicable is accounted for, exemptions
 * are ones the catalogue allows, and the outcome follows from the statuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { Catalogue, Requirement } from '../catalogue/catalogue-types.js';
import type { Outcome, RequirementStatus, Verdict } from '../verdict/verdict-types.js';
import { VERDICT_FORMAT } from '../verdict/verdict-types.js';
import { decideOutcome } from '../verdict/evaluate.js';
import type { ProblemParams } from '../problems/problem.js';
import { packageRoot } from '../package-paths.js';
import { canonicalJson } from '../canonical/canonical-json.js';
import { CERTIFICATE_FORMAT, validityEnd, type CertificateData } from '../report/certificate-data.js';
import { EMBEDDED_NAME } from '../report/embedded-data.js';

export type EmbeddedData = { kind: 'report'; verdict: Verdict } | { kind: 'certificate'; certificate: CertificateData };

export interface Reason {
  code: string;
  params: ProblemParams;
}

/** Finds verdict.json or certificate.json, checks it is canonical JSON of the right shape. */
export function parseEmbeddedData(files: readonly { name: string; bytes: Uint8Array }[]): EmbeddedData | Reason {
  const ours = files.filter((f) => f.name === EMBEDDED_NAME.verdict || f.name === EMBEDDED_NAME.certificate);
  const file = ours[0];
  if (file === undefined || ours.length > 1) return { code: 'verify-embedded-missing', params: { count: ours.length } };
  const text = Buffer.from(file.bytes).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { code: 'verify-embedded-unparseable', params: { name: file.name } };
  }
  if (canonicalJson(value) !== text) return { code: 'verify-embedded-not-canonical', params: { name: file.name } };
  if (file.name === EMBEDDED_NAME.verdict) {
    return isVerdict(value) ? { kind: 'report', verdict: value } : { code: 'verify-embedded-shape', params: { name: file.name } };
  }
  return isCertificateData(value) ? { kind: 'certificate', certificate: value } : { code: 'verify-embedded-shape', params: { name: file.name } };
}

export function isReason(value: EmbeddedData | Reason): value is Reason {
  return 'code' in value;
}

/** Risk-level order of the catalogue: position in the file, lowest first. */
function levelRank(catalogue: Catalogue): (level: string) => number {
  const order = new Map(catalogue.levels.map((l, i) => [l.id, i]));
  return (level) => order.get(level) ?? -1;
}

function appliesByRisk(requirement: Requirement, levels: ReadonlyMap<string, string>, rank: (level: string) => number): boolean {
  return requirement.risks.some((link) => {
    const level = levels.get(link.scenario);
    return level !== undefined && rank(level) >= rank(link.minLevel);
  });
}

/** Checks that hold for both kinds: every scenario has a known level. */
function riskLevels(risk: readonly { scenario: string; level: string }[], catalogue: Catalogue): Map<string, string> | Reason {
  const levels = new Map(risk.map((r) => [r.scenario, r.level]));
  for (const scenario of catalogue.scenarios) {
    const level = levels.get(scenario.id);
    if (level === undefined || !catalogue.levels.some((l) => l.id === level)) return { code: 'verify-risk-incomplete', params: { scenario: scenario.id } };
  }
  return levels;
}

/** The outcome rule of the engine, from statuses and levels alone. */
function expectedOutcome(levels: ReadonlyMap<string, string>, ownerStatuses: readonly RequirementStatus[], catalogue: Catalogue): Outcome {
  const certifiable = new Set(catalogue.levels.filter((l) => l.certifiable).map((l) => l.id));
  if ([...levels.values()].some((level) => !certifiable.has(level))) return 'doorverwijzen';
  if (ownerStatuses.includes('not-met')) return 'niet-op-orde';
  if (ownerStatuses.includes('unanswered')) return 'onvolledig';
  return 'basis-op-orde';
}

export function checkVerdictConsistency(verdict: Verdict, catalogue: Catalogue): Reason | undefined {
  const levels = riskLevels(verdict.risk, catalogue);
  if (!(levels instanceof Map)) return levels;
  // verdict@2 judges nothing under a level that is not certifiable: no requirement results to check.
  const v2 = verdict.format === VERDICT_FORMAT;
  if (v2 && expectedOutcome(levels, [], catalogue) === 'doorverwijzen') {
    return verdict.outcome === 'doorverwijzen' && verdict.requirements.length === 0 ? undefined : { code: 'verify-outcome-mismatch', params: { embedded: verdict.outcome, expected: 'doorverwijzen' } };
  }
  const rank = levelRank(catalogue);
  const results = new Map(verdict.requirements.map((r) => [r.requirement, r]));
  if (results.size !== verdict.requirements.length || results.size !== catalogue.requirements.length) {
    return { code: 'verify-requirements-mismatch', params: { embedded: verdict.requirements.length, catalogue: catalogue.requirements.length } };
  }
  for (const requirement of catalogue.requirements) {
    const result = results.get(requirement.id);
    if (result === undefined || result.responsibility !== requirement.responsibility || result.domain !== requirement.domain) {
      return { code: 'verify-requirement-status', params: { requirement: requirement.id } };
    }
    const byRisk = appliesByRisk(requirement, levels, rank);
    const notApplicableByRisk = result.status === 'not-applicable' && result.notApplicable?.kind === 'risk-below-level';
    if (byRisk === notApplicableByRisk) return { code: 'verify-requirement-status', params: { requirement: requirement.id } };
    if (result.status === 'not-applicable' && result.notApplicable?.kind === 'condition-not-holding' && requirement.appliesWhen === undefined) {
      return { code: 'verify-requirement-status', params: { requirement: requirement.id } };
    }
    const ownerOnly: RequirementStatus[] = ['met', 'not-met', 'exempt'];
    if ((requirement.responsibility === 'werkgever' && ownerOnly.includes(result.status)) || (requirement.responsibility === 'bestuurder' && result.status === 'context')) {
      return { code: 'verify-requirement-status', params: { requirement: requirement.id } };
    }
    if (result.status === 'exempt' && !(requirement.exceptions ?? []).includes(result.exemption?.exception ?? '')) {
      return { code: 'verify-exemption-not-allowed', params: { requirement: requirement.id } };
    }
  }
  const owner = verdict.requirements.filter((r) => r.responsibility === 'bestuurder').map((r) => r.status);
  // verdict@2's outcome is about the home (the engine's own rule); verdict@1's was one gate over all domains.
  const outcome = v2 ? decideOutcome(verdict.requirements) : expectedOutcome(levels, owner, catalogue);
  if (outcome !== verdict.outcome) return { code: 'verify-outcome-mismatch', params: { embedded: verdict.outcome, expected: outcome } };
  return undefined;
}

export function checkCertificateConsistency(certificate: CertificateData, catalogue: Catalogue): Reason | undefined {
  const levels = riskLevels(certificate.risk, catalogue);
  if (!(levels instanceof Map)) return levels;
  const rank = levelRank(catalogue);
  const listed = new Map(certificate.requirements.map((r) => [r.id, r.status]));
  for (const { id, status } of certificate.requirements) {
    const requirement = catalogue.requirements.find((r) => r.id === id);
    if (requirement === undefined || requirement.responsibility !== 'bestuurder' || !appliesByRisk(requirement, levels, rank)) {
      return { code: 'verify-requirement-status', params: { requirement: id } };
    }
    if (status === 'exempt' && (requirement.exceptions ?? []).length === 0) return { code: 'verify-exemption-not-allowed', params: { requirement: id } };
  }
  // A basic the levels make applicable may be missing only when its own condition can rule it out.
  for (const requirement of catalogue.requirements) {
    if (requirement.responsibility !== 'bestuurder' || requirement.appliesWhen !== undefined) continue;
    if (appliesByRisk(requirement, levels, rank) && !listed.has(requirement.id)) {
      return { code: 'verify-requirement-missing', params: { requirement: requirement.id } };
    }
  }
  const outcome = expectedOutcome(levels, [...listed.values()], catalogue);
  if (certificate.outcome !== 'basis-op-orde' || outcome !== 'basis-op-orde') {
    return { code: 'verify-outcome-mismatch', params: { embedded: certificate.outcome, expected: outcome } };
  }
  const end = validityEnd(certificate.issuedOn, catalogue.metadata.certificate.validityMonths);
  if (end !== certificate.validUntil) return { code: 'verify-validity-mismatch', params: { embedded: certificate.validUntil, expected: end } };
  return undefined;
}

let verdictValidator: ValidateFunction | undefined;

/** The published verdict schema decides the shape; compiled on first use. */
function isVerdict(value: unknown): value is Verdict {
  verdictValidator ??= new Ajv2020({ strict: false, validateFormats: false }).compile(
    JSON.parse(readFileSync(join(packageRoot, 'spec', 'schema', 'verdict.schema.json'), 'utf8')),
  );
  return verdictValidator(value) === true;
}

const STRING = { type: 'string' } as const;
const CERTIFICATE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'number', 'issuedAt', 'issuedOn', 'validUntil', 'issuer', 'dwelling', 'catalogue', 'answersHash', 'verdictHash', 'outcome', 'risk', 'requirements'],
  properties: {
    format: { const: CERTIFICATE_FORMAT },
    number: STRING,
    issuedAt: STRING,
    issuedOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    validUntil: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    issuer: { type: 'object', additionalProperties: false, required: ['firm', 'inspector'], properties: { firm: STRING, inspector: STRING } },
    dwelling: { type: 'object', additionalProperties: false, required: ['postcode', 'houseNumber'], properties: { postcode: STRING, houseNumber: STRING } },
    catalogue: { type: 'object', additionalProperties: false, required: ['id', 'version', 'hash'], properties: { id: STRING, version: STRING, hash: STRING } },
    answersHash: STRING,
    verdictHash: STRING,
    outcome: { enum: ['basis-op-orde', 'niet-op-orde', 'onvolledig', 'doorverwijzen'] },
    risk: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['scenario', 'level'], properties: { scenario: STRING, level: STRING } },
    },
    requirements: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['id', 'status'], properties: { id: STRING, status: { enum: ['met', 'exempt'] } } },
    },
  },
};

let certificateValidator: ValidateFunction | undefined;

function isCertificateData(value: unknown): value is CertificateData {
  certificateValidator ??= new Ajv2020({ strict: true }).compile(CERTIFICATE_SCHEMA);
  return certificateValidator(value) === true;
}
