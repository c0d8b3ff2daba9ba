/**
 * What a firm may state on a light certificate, and when it must refuse: only an inspection
 * (not a self-check), for the threat scenarios whose owner basics are in order with the evidence
 * the catalogue demands (its coverage): every scenario when the whole verdict is certifiable, or
 * exactly the scenarios of the measures a CCV/BVA advice names when all of those are; dated
 * neither after the issue date nor longer before it than the catalogue's `maxInspectionAgeDays`
 * (a PKVW-light choice), for a named dwelling, by the firm that signs — the firm in the inspection
 * file must be the organisation in the signer's certificate.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { sha256Hex } from '../canonical/canonical-json.js';
import { canonicalVerdictJson } from '../verdict/verdict-json.js';
import { UserError, userError as anyUserError } from '../problems/errors.js';
import type { UserErrorOf } from '../i18n/message-map.js';
import type { certificateMessages } from './certificate-messages.js';
import type { Problem } from '../problems/problem.js';
import { claimGapToken } from '../verdict/claim-proof.js';
import { CERTIFICATE_FORMAT, CERTIFICATE_NUMBER, certificateNumber, daysBetween, validityEnd, type CertificateData } from './certificate-data.js';
import type { SignerIdentity } from '../signing/signer-identity.js';

/** `userError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const userError: UserErrorOf<typeof certificateMessages> = anyUserError;

/** The signer as far as the statement needs it: its organisation and whether it is a TEST one. */
export type StatementSigner = Pick<SignerIdentity, 'organization' | 'test' | 'validFrom' | 'validTo'>;

/** Names compare as people read them: Unicode-normalised, case and spacing kept but trimmed. */
export function sameFirm(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * @example
 * const data = certificateStatement(verdict, answers, catalogue, signer); // throws UserError when there is nothing true to certify
 * data.number; // 'PKVWL-20261128-3F9A0C21D4'
 */
export function certificateStatement(
  verdict: Verdict,
  answers: Answers,
  catalogue: Catalogue,
  signer: StatementSigner,
  options: { number?: string } = {},
): CertificateData {
  const { coverage, dwelling, inspection, issuedOn, inspectedOn } = certifiableParts(verdict, answers, catalogue);
  if (!sameFirm(inspection.firm, signer.organization)) {
    throw userError('certificate-firm-mismatch', { firm: inspection.firm, organization: signer.organization || '-' });
  }
  if (verdict.evaluatedAt < signer.validFrom || verdict.evaluatedAt > signer.validTo) {
    throw userError('certificate-signer-not-valid', { issued: verdict.evaluatedAt, from: signer.validFrom, to: signer.validTo });
  }
  if (options.number !== undefined && !CERTIFICATE_NUMBER.test(options.number)) throw userError('certificate-number-invalid', {}, {}, 2);

  const verdictHash = sha256Hex(canonicalVerdictJson(verdict));
  const through = new Set(coverage.flatMap((c) => c.basics));
  return {
    format: CERTIFICATE_FORMAT,
    number: options.number ?? certificateNumber(issuedOn, verdictHash),
    issuedAt: verdict.evaluatedAt,
    issuedOn,
    validUntil: validityEnd(issuedOn, catalogue.metadata.certificate.validityMonths),
    inspectedOn,
    issuer: { firm: signer.organization, inspector: inspection.inspector, test: signer.test },
    dwelling: { postcode: dwelling.postcode, houseNumber: dwelling.houseNumber },
    catalogue: { ...verdict.catalogue },
    answersHash: verdict.answersHash,
    verdictHash,
    coverage: coverage.map((c) => ({ scenario: c.scenario, level: c.level })),
    fullCoverage: verdict.certifiable,
    basicsMet: verdict.requirements.flatMap((r) => (r.responsibility === 'bestuurder' && r.status === 'met' && through.has(r.requirement) ? [r.requirement] : [])),
  };
}

/**
 * Every refusal that needs no signer, in the order a reader would fix them: `certify` asks this
 * before it opens the firm's key (no passphrase typed for a file that cannot be certified), and
 * `certificateStatement` asks it again, so the rules are written once. `locate` places a problem in
 * the answers file (the CLI gives line and column).
 */
export function certifiableParts(verdict: Verdict, answers: Answers, catalogue: Catalogue, locate: (problem: Problem) => Problem = (problem) => problem) {
  if (verdict.kind !== 'inspection') throw userError('certificate-needs-inspection', {});
  const unproven = unprovenClaims(verdict, answers);
  if (unproven.length > 0) throw new UserError(unproven.map(locate));
  const coverage = coveredScenarios(verdict);
  const { dwelling } = answers.subject;
  if (dwelling === undefined) throw userError('certificate-no-dwelling', {});
  const { inspection } = answers;
  if (inspection === undefined) throw userError('certificate-no-inspection', {});

  const issuedOn = verdict.evaluatedAt.slice(0, 10);
  const inspectedOn = answers.date.slice(0, 10);
  const age = daysBetween(inspectedOn, issuedOn);
  if (age < 0) throw userError('certificate-inspection-in-future', { inspected: inspectedOn, issued: issuedOn });
  const maxAge = catalogue.metadata.certificate.maxInspectionAgeDays ?? 0;
  if (age > maxAge) throw userError('certificate-inspection-too-old', { inspected: inspectedOn, issued: issuedOn, days: age, max: maxAge });
  return { coverage, dwelling, inspection, issuedOn, inspectedOn };
}

/**
 * The coverage a certificate may state (the verdict helper's rule, notes-verdict.md): all scenarios
 * when the verdict is certifiable as a whole; otherwise the scenarios of the advised measures, when
 * every one of those is covered. Anything else is refused, naming why.
 */
function coveredScenarios(verdict: Verdict): Verdict['coverage'] {
  if (verdict.outcome === 'doorverwijzen') throw userError('certificate-outcome', { outcome: verdict.outcome });
  // A level that awaits the advice is provisional: nothing can be certified against it (seed §2.2).
  if (verdict.adviceFirst) throw userError('certificate-advice-first', { rules: verdict.adviceFirst.rules.join(', ') });
  const advised = verdict.funding.filter((f) => f.advised);
  if (advised.length === 0 && verdict.outcome !== 'basis-op-orde') throw userError('certificate-outcome', { outcome: verdict.outcome });
  if (verdict.certifiable) return verdict.coverage;
  const wanted = advised.length === 0 ? verdict.coverage : verdict.coverage.filter((c) => advised.some((f) => f.scenarios.includes(c.scenario)));
  const open = wanted.find((c) => !c.certifiable);
  if (open === undefined && wanted.length > 0 && advised.length > 0) return wanted;
  throw open !== undefined && open.status !== 'in-order' ? userError('certificate-not-covered', { scenario: open.scenario }) : userError('certificate-evidence');
}

/**
 * A certificate needs every claim proven (issue #10, spec/README "Een uitzondering vraagt bewijs"):
 * one problem per requirement whose claim is not, naming the requirement and the exception, at the
 * claim's place in the answers file (`path`; the CLI turns it into line and column).
 */
export function unprovenClaims(verdict: Verdict, answers: Answers): Problem[] {
  return verdict.requirements.flatMap((r): Problem[] => {
    if (r.status !== 'claimed' || !r.claim) return [];
    const { exception, missing } = r.claim;
    const index = answers.exceptions.findIndex((c) => c.exception === exception && c.requirements.includes(r.requirement));
    return [
      {
        code: 'certificate-claim-unproven',
        severity: 'error',
        ...(index >= 0 ? { path: `/exceptions/${index}/exception` } : {}),
        params: { requirement: r.requirement, exception, missing: missing.map(claimGapToken).join(',') },
      },
    ];
  });
}
