/**
 * verifyCertificate: is this PDF a light certificate one can rely on at `at`? First the signature
 * (src/signing, before anything is parsed or inflated), then what the certificate states: its
 * embedded data, the firm as the signer's certificate names it, the catalogue version it names
 * (shipped under spec/releases/), the re-evaluation through `evaluate`, the validity period, and
 * the firm's revocation lists. The result is one status in words and data:
 * valid · expired · revoked · not-a-pkvw-light-certificate · invalid; only `valid` exits 0, and
 * only when every check passed and none was skipped.
 */
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-types.js';
import { verifySignedPdf, type SignatureVerification } from '../signing/verify-signed-pdf.js';
import { CONTENT_CHECKS, CheckLog, type CheckResult } from '../signing/verification-result.js';
import type { VerifyReason } from './certificate-messages.js';
import type { SignerIdentity } from '../signing/signer-identity.js';
import type { TimestampInfo } from '../signing/timestamp-token.js';
import type { CertificateData } from './certificate-data.js';
import { sha256Hex } from '../canonical/canonical-json.js';
import { checkCertificateContent, parseEmbeddedContent } from './certificate-content.js';
import { findCatalogue } from './catalogue-releases.js';
import { sameFirm } from './certificate-statement.js';
import { readRevocationList, type Revocation } from './revocation-list.js';

/** A certificate is ~70 KB and a report a few hundred; anything this large is refused before it is read (CLI and page alike). */
export const MAX_VERIFIED_PDF_BYTES = 20 * 1024 * 1024;
/** A revocation list or CRL, or a CA file: generous, but bounded. */
export const MAX_REVOCATION_FILE_BYTES = 4 * 1024 * 1024;

export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked', 'not-a-pkvw-light-certificate', 'invalid'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificateVerifyOptions {
  /** DER certificates of the CAs the verifier trusts (firm CAs and TSA CAs). */
  trusted: readonly Uint8Array[];
  /** The moment at which the certificate must be valid. */
  at: Date;
  /** Catalogues already loaded (a `--spec` folder, the bundled one); shipped releases are found by version. */
  catalogues: readonly Catalogue[];
  /** Signed revocation lists of firms (`--revocations`), as bytes. */
  revocationLists?: readonly Uint8Array[];
  /** X.509 CRLs of CAs (`--crl`), DER. */
  crls?: readonly Uint8Array[];
  /** Without a revocation list of the firm, fail instead of saying it was not checked. */
  requireRevocationCheck?: boolean;
}

export interface CertificateVerification {
  status: CertificateStatus;
  /** Why it is not a PKVW-light certificate, when that is the status. */
  notCertificate?: VerifyReason;
  kind?: 'report' | 'certificate';
  checks: CheckResult<VerifyReason>[];
  signer?: SignerIdentity;
  signingTime?: string;
  signingTimeSource?: 'timestamp' | 'signature-dictionary';
  timestamp?: TimestampInfo;
  certificate?: Omit<CertificateData, 'format' | 'answersHash' | 'verdictHash'>;
  /** SHA-256 of the embedded certificate.json: what the QR code on the page carries. */
  dataHash?: string;
  /** The covered scenarios with their names from the catalogue named, when it is available. */
  covers?: { scenario: string; level: string; name: LocalizedText }[];
  revocation: { checked: boolean; lists: number; crls: number; revoked?: Revocation };
}

export async function verifyCertificate(bytes: Uint8Array, options: CertificateVerifyOptions): Promise<CertificateVerification> {
  const signature = await verifySignedPdf(bytes, { trusted: options.trusted, at: options.at, ...(options.crls ? { crls: options.crls } : {}) });
  const revocation: CertificateVerification['revocation'] = { checked: false, lists: options.revocationLists?.length ?? 0, crls: options.crls?.length ?? 0 };
  const base = (status: CertificateStatus, extra: Partial<CertificateVerification> = {}): CertificateVerification => ({
    status,
    checks: signature.checks.sorted(),
    ...signerFields(signature),
    revocation,
    ...extra,
  });
  if (!signature.signed) return base('not-a-pkvw-light-certificate', { notCertificate: signature.unsigned ?? { code: 'verify-no-signature', params: {} } });

  // The same list as the signature's checks, so `base` reports both; this log takes the certificate's reasons too.
  const log = new CheckLog<VerifyReason>(signature.checks.checks);
  const skipAll = (reason: VerifyReason) => log.skipRest(CONTENT_CHECKS, 'embedded-data', reason);
  if (signature.parts === undefined) {
    if (signature.partsProblem) log.fail('embedded-data', signature.partsProblem);
    skipAll({ code: 'verify-skipped-signature', params: {} });
    return finish(base('invalid'));
  }
  const content = parseEmbeddedContent(signature.parts.embeddedFiles);
  if ('code' in content) {
    log.fail('embedded-data', content);
    skipAll({ code: 'verify-skipped-after', params: { check: 'embedded-data' } });
    return finish(base('invalid'));
  }
  if (content.kind === 'report') {
    // A signed report is genuine, but it certifies nothing.
    return base('not-a-pkvw-light-certificate', { kind: 'report', notCertificate: { code: 'verify-is-report', params: {} } });
  }
  const { certificate } = content;
  log.pass('embedded-data');
  const signer = signature.signer;
  const firmOk = signer !== undefined && sameFirm(certificate.issuer.firm, signer.organization) && certificate.issuer.test === signer.test;
  log.record('firm-matches-signer', firmOk ? undefined : { code: 'verify-firm-mismatch', params: { firm: certificate.issuer.firm, organization: signer?.organization || '-' } }, {
    code: 'verify-firm-is',
    params: { firm: certificate.issuer.firm },
  });

  const pinned = certificate.catalogue;
  const catalogue = findCatalogue(pinned.id, pinned.version, options.catalogues);
  if (catalogue === undefined) {
    log.fail('catalogue-hash', { code: 'verify-catalogue-unavailable', params: { id: pinned.id, version: pinned.version } });
    log.skip('verdict-consistent', { code: 'verify-skipped-after', params: { check: 'catalogue-hash' } });
  } else if (catalogue.hash !== pinned.hash) {
    log.fail('catalogue-hash', { code: 'verify-catalogue-hash-mismatch', params: { id: pinned.id, version: pinned.version } });
    log.skip('verdict-consistent', { code: 'verify-skipped-after', params: { check: 'catalogue-hash' } });
  } else {
    log.pass('catalogue-hash', { code: 'verify-catalogue-is', params: { id: pinned.id, version: pinned.version } });
    log.record('verdict-consistent', checkCertificateContent(certificate, catalogue), { code: 'verify-consistent-certificate', params: {} });
  }

  const at = options.at.toISOString().slice(0, 10);
  const { issuedOn, validUntil } = certificate;
  log.record('validity-period', at < issuedOn || at > validUntil ? { code: 'verify-outside-validity', params: { at, from: issuedOn, to: validUntil } } : undefined, {
    code: 'verify-within-validity',
    params: { at, from: issuedOn, to: validUntil },
  });

  const lists = options.revocationLists ?? [];
  let applicable = 0;
  let problem: VerifyReason | undefined;
  for (const bytes of lists) {
    const list = await readRevocationList(bytes, options.trusted);
    if ('code' in list) {
      problem ??= list;
      continue;
    }
    if (!sameFirm(list.firm, certificate.issuer.firm)) continue;
    applicable++;
    revocation.revoked ??= list.revocations.find((r) => r.number === certificate.number);
  }
  revocation.checked = applicable > 0 && problem === undefined;
  if (problem) log.fail('not-revoked', problem);
  else if (revocation.revoked) log.fail('not-revoked', { code: 'verify-revoked', params: { ...revocation.revoked } });
  else if (applicable > 0) log.pass('not-revoked', { code: 'verify-not-on-list', params: { count: applicable } });
  else if (options.requireRevocationCheck) log.fail('not-revoked', { code: 'verify-revocation-required', params: { firm: certificate.issuer.firm } });

  const { number, issuedAt, issuedOn: on, validUntil: until, inspectedOn, issuer, dwelling, catalogue: named, coverage, fullCoverage, basicsMet } = certificate;
  const shown = { number, issuedAt, issuedOn: on, validUntil: until, inspectedOn, issuer, dwelling, catalogue: named, coverage, fullCoverage, basicsMet };
  const covers = catalogue === undefined ? [] : coverage.flatMap((c) => {
    const scenario = catalogue.scenarios.find((s) => s.id === c.scenario);
    return scenario ? [{ ...c, name: scenario.name }] : [];
  });
  return finish(base('invalid', { kind: 'certificate', certificate: shown, dataHash: sha256Hex(content.json), ...(covers.length > 0 ? { covers } : {}) }));
}

function signerFields(signature: SignatureVerification): Partial<CertificateVerification> {
  return {
    ...(signature.signer ? { signer: signature.signer } : {}),
    ...(signature.signingTime ? { signingTime: signature.signingTime } : {}),
    ...(signature.signingTimeSource ? { signingTimeSource: signature.signingTimeSource } : {}),
    ...(signature.timestamp ? { timestamp: signature.timestamp } : {}),
  };
}

/** One status from the checks: revoked and expired only when everything else holds. */
function finish(result: CertificateVerification): CertificateVerification {
  const failed = result.checks.filter((c) => c.status === 'failed');
  const skipped = result.checks.some((c) => c.status === 'skipped');
  const revokedCodes = new Set(['verify-revoked', 'verify-signer-revoked']);
  const other = failed.filter((c) => c.check !== 'validity-period' && !revokedCodes.has(c.reason?.code ?? ''));
  let status: CertificateStatus;
  if (other.length > 0 || skipped) status = 'invalid';
  else if (failed.some((c) => revokedCodes.has(c.reason?.code ?? ''))) status = 'revoked';
  else if (failed.length > 0) status = 'expired';
  else status = 'valid';
  return { ...result, status };
}
