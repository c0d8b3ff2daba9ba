/**
 * verifySignedPdf: checks a signed report or certificate in pure Node, each step a named check.
 * The signature: the byte range covers the whole file and its gap is exactly the /Contents hex
 * string; the CMS is a CAdES detached signature whose message digest is the SHA-256 of the signed
 * bytes and whose signature verifies with the signer's key; the ESS signing-certificate-v2 hash
 * names that certificate; the signer chains to a trusted CA and was valid at the signing time.
 * The content: the embedded data is intact and well-formed; with the catalogue it names, its hash
 * matches and its logic holds; a certificate is within its validity period at `at`.
 */
import { createHash, createVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import { OID } from './cades-signer.js';
import { useNodeCryptoEngine } from './crypto-engine.js';
import { readSignedPdfParts, type SignatureDictionary, type SignedPdfParts } from './signed-pdf-parts.js';
import { checkCertificateConsistency, checkVerdictConsistency, isReason, parseEmbeddedData, type EmbeddedData, type Reason } from './embedded-data-check.js';
import { CHECK_CODES, type CheckCode, type CheckResult, type VerificationResult } from './verification-result.js';

export interface VerifyOptions {
  /** DER certificates of the CAs the verifier trusts. */
  trusted: readonly Uint8Array[];
  /** The date at which a certificate must be valid. */
  at: Date;
  /** Catalogues available to check the embedded data against (the bundled one, or `--spec`). */
  catalogues: readonly Catalogue[];
}

/** The signed bytes and the CMS, once the byte range has been found sound. */
interface SignedContent {
  signedBytes: Buffer;
  cms: Buffer;
  dictionary: SignatureDictionary;
}

export async function verifySignedPdf(bytes: Uint8Array, options: VerifyOptions): Promise<VerificationResult> {
  const file = Buffer.from(bytes);
  const checks: CheckResult[] = [];
  const result: VerificationResult = { valid: false, checks };
  const pass = (check: CheckCode, reason?: Reason) => checks.push({ check, status: 'passed', ...(reason ? { reason } : {}) });
  const fail = (check: CheckCode, reason: Reason) => checks.push({ check, status: 'failed', reason });
  const skip = (check: CheckCode, reason: Reason) => checks.push({ check, status: 'skipped', reason });
  const skipRest = (from: CheckCode, reason: Reason) => {
    for (const check of CHECK_ORDER.slice(CHECK_ORDER.indexOf(from))) if (!checks.some((c) => c.check === check)) skip(check, reason);
  };

  let parts: SignedPdfParts | undefined;
  try {
    parts = await readSignedPdfParts(file);
  } catch {
    fail('byte-range', { code: 'verify-not-a-pdf', params: {} });
  }
  const signed = parts === undefined ? undefined : signedContent(file, parts);
  if (parts === undefined || signed === undefined || 'code' in signed) {
    if (signed !== undefined && 'code' in signed) fail('byte-range', signed);
    skipRest('cms-structure', { code: 'verify-skipped-after', params: { check: 'byte-range' } });
    return done(result);
  }
  pass('byte-range');

  // The CMS: one SignedData with one signer whose certificate is in it.
  useNodeCryptoEngine();
  const cms = parseCms(signed.cms);
  if ('code' in cms) {
    fail('cms-structure', cms);
    skipRest('cades-profile', { code: 'verify-skipped-after', params: { check: 'cms-structure' } });
    return done(result);
  }
  pass('cms-structure');
  const { signerInfo, leaf, leafDer, chain } = cms;
  const dn = (name: string) => name.split('\n').reverse().join(', ');
  result.signer = { subject: dn(leaf.subject), issuer: dn(leaf.issuer) };
  const signingTime = signed.dictionary.signingTime;
  if (signingTime !== undefined) result.signingTime = signingTime.toISOString();

  const attributes = new Map((signerInfo.signedAttrs?.attributes ?? []).map((a) => [a.type, a.values]));
  const profile = cadesProfile(signed.dictionary, attributes, signerInfo);
  if (profile) fail('cades-profile', profile);
  else pass('cades-profile');

  const digest = attributes.get(OID.messageDigest)?.[0];
  const actual = createHash('sha256').update(signed.signedBytes).digest();
  if (digest instanceof asn1js.OctetString && Buffer.from(digest.valueBlock.valueHexView).equals(actual)) pass('message-digest');
  else fail('message-digest', { code: 'verify-digest-mismatch', params: {} });

  const signedAttrs = signerInfo.signedAttrs?.encodedValue;
  const signatureOk =
    signedAttrs !== undefined &&
    createVerify('sha256')
      .update(Buffer.from(signedAttrs))
      .verify(leaf.publicKey, Buffer.from(signerInfo.signature.valueBlock.valueHexView));
  if (signatureOk) pass('signature-value');
  else fail('signature-value', { code: 'verify-signature-invalid', params: {} });

  const certHash = essCertHash(attributes.get(OID.signingCertificateV2)?.[0]);
  if (certHash !== undefined && certHash.equals(createHash('sha256').update(leafDer).digest())) pass('signing-certificate-ref');
  else fail('signing-certificate-ref', { code: 'verify-signing-certificate-mismatch', params: {} });

  const trust = await chainsToTrusted(leafDer, chain, options.trusted, leaf);
  if (trust) fail('signer-trusted', trust);
  else pass('signer-trusted', { code: 'verify-signer-is', params: { ...result.signer } });

  if (signingTime === undefined) fail('signer-valid-at-signing', { code: 'verify-no-signing-time', params: {} });
  else if (signingTime < new Date(leaf.validFrom) || signingTime > new Date(leaf.validTo)) {
    fail('signer-valid-at-signing', {
      code: 'verify-signer-expired',
      params: { signingTime: signingTime.toISOString(), from: new Date(leaf.validFrom).toISOString(), to: new Date(leaf.validTo).toISOString() },
    });
  } else pass('signer-valid-at-signing');

  // The content, which the signature covers.
  const embedded = parseEmbeddedData(parts.embeddedFiles);
  if (isReason(embedded)) {
    fail('embedded-data', embedded);
    skipRest('catalogue-hash', { code: 'verify-skipped-after', params: { check: 'embedded-data' } });
    return done(result);
  }
  pass('embedded-data');
  describeContent(result, embedded);
  checkContent(embedded, options, { pass, fail, skip });
  return done(result);
}

const CHECK_ORDER: readonly CheckCode[] = CHECK_CODES;

function done(result: VerificationResult): VerificationResult {
  result.checks.sort((a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check));
  result.valid = result.checks.every((c) => c.status !== 'failed');
  return result;
}

/**
 * Exactly one signature, whose byte range starts at 0, ends at the end of the file, and leaves out
 * exactly `<hex>` right after `/Contents`: nothing unsigned can hide anywhere else.
 */
function signedContent(file: Buffer, parts: SignedPdfParts): SignedContent | Reason {
  if (parts.signatures.length !== 1) return { code: 'verify-signature-count', params: { count: parts.signatures.length } };
  const [dictionary] = parts.signatures;
  if (dictionary === undefined) return { code: 'verify-signature-count', params: { count: 0 } };
  const [start, gapStart, gapEnd, tailLength] = dictionary.byteRange;
  if (dictionary.byteRange.length !== 4 || start !== 0 || gapStart === undefined || gapEnd === undefined || tailLength === undefined || gapStart >= gapEnd) {
    return { code: 'verify-byte-range-malformed', params: {} };
  }
  if (gapEnd + tailLength !== file.length) {
    return { code: 'verify-byte-range-not-whole-file', params: { covered: gapEnd + tailLength, size: file.length } };
  }
  const gap = file.subarray(gapStart, gapEnd).toString('latin1');
  const before = file.subarray(Math.max(0, gapStart - 10), gapStart).toString('latin1');
  if (!/^<[0-9a-fA-F]*>$/.test(gap) || gap.length % 2 !== 0 || !/\/Contents\s*$/.test(before)) {
    return { code: 'verify-byte-range-gap', params: {} };
  }
  const cms = Buffer.from(gap.slice(1, -1), 'hex');
  return { signedBytes: Buffer.concat([file.subarray(0, gapStart), file.subarray(gapEnd)]), cms, dictionary };
}

interface ParsedCms {
  signerInfo: pkijs.SignerInfo;
  leaf: X509Certificate;
  leafDer: Buffer;
  chain: Buffer[];
}

function parseCms(contents: Buffer): ParsedCms | Reason {
  const malformed = (what: string): Reason => ({ code: 'verify-cms-malformed', params: { what } });
  const parsed = asn1js.fromBER(contents);
  if (parsed.offset === -1) return malformed('BER');
  // After the DER only zero padding may follow: data hidden in the placeholder is refused.
  if (!contents.subarray(parsed.offset).every((b) => b === 0)) return malformed('padding');
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== OID.signedData) return malformed('contentType');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return malformed('SignedData');
  }
  const [signerInfo, ...others] = signedData.signerInfos;
  if (signerInfo === undefined || others.length > 0) return malformed('signerInfos');
  if (signedData.encapContentInfo.eContent !== undefined) return malformed('not detached');
  const certificates = (signedData.certificates ?? []).flatMap((c) => (c instanceof pkijs.Certificate ? [c] : []));
  const sid = signerInfo.sid;
  const leafCert = certificates.find(
    (c) => sid instanceof pkijs.IssuerAndSerialNumber && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber),
  );
  if (leafCert === undefined) return malformed('signer certificate');
  const der = (c: pkijs.Certificate) => Buffer.from(c.toSchema().toBER(false));
  const leafDer = der(leafCert);
  return { signerInfo, leaf: new X509Certificate(leafDer), leafDer, chain: certificates.filter((c) => c !== leafCert).map(der) };
}

/** PAdES baseline B: ETSI.CAdES.detached, SHA-256, content-type and signing-certificate-v2 signed, no CMS signing-time. */
function cadesProfile(dictionary: SignatureDictionary, attributes: ReadonlyMap<string, unknown[]>, signerInfo: pkijs.SignerInfo): Reason | undefined {
  if (dictionary.subFilter !== 'ETSI.CAdES.detached') return { code: 'verify-subfilter', params: { found: dictionary.subFilter ?? '-' } };
  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256) return { code: 'verify-digest-algorithm', params: { found: signerInfo.digestAlgorithm.algorithmId } };
  const contentType = attributes.get(OID.contentType)?.[0];
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.data) return { code: 'verify-attribute-missing', params: { attribute: 'content-type' } };
  if (!attributes.has(OID.signingCertificateV2)) return { code: 'verify-attribute-missing', params: { attribute: 'signing-certificate-v2' } };
  if (attributes.has(OID.signingTime)) return { code: 'verify-cms-signing-time', params: {} };
  return undefined;
}

/** The certHash of the first ESSCertIDv2 (SHA-256, the default hash algorithm). */
function essCertHash(value: unknown): Buffer | undefined {
  if (!(value instanceof asn1js.Sequence)) return undefined;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return undefined;
  const [head, second] = first.valueBlock.value;
  // An explicit hashAlgorithm may come first; only SHA-256 is accepted.
  if (head instanceof asn1js.Sequence) {
    const algorithm = head.valueBlock.value[0];
    if (!(algorithm instanceof asn1js.ObjectIdentifier) || algorithm.valueBlock.toString() !== OID.sha256) return undefined;
    return second instanceof asn1js.OctetString ? Buffer.from(second.valueBlock.valueHexView) : undefined;
  }
  return head instanceof asn1js.OctetString ? Buffer.from(head.valueBlock.valueHexView) : undefined;
}

/**
 * Path validation with pkijs from the signer to one of the trusted CAs. Dates are judged by the
 * next check; here the chain is validated at a moment inside the signer's own validity.
 */
async function chainsToTrusted(leafDer: Buffer, chain: readonly Buffer[], trusted: readonly Uint8Array[], leaf: X509Certificate): Promise<Reason | undefined> {
  if (trusted.length === 0) return { code: 'verify-no-trust', params: {} };
  const from = new Date(leaf.validFrom).getTime();
  const to = new Date(leaf.validTo).getTime();
  try {
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: trusted.map((der) => pkijs.Certificate.fromBER(new Uint8Array(der))),
      certs: [leafDer, ...chain].map((der) => pkijs.Certificate.fromBER(new Uint8Array(der))),
      checkDate: new Date(from + (to - from) / 2),
    });
    const verdict = await engine.verify();
    return verdict.result ? undefined : { code: 'verify-untrusted', params: { issuer: leaf.issuer.split('\n').reverse().join(', ') } };
  } catch {
    return { code: 'verify-untrusted', params: { issuer: leaf.issuer.split('\n').reverse().join(', ') } };
  }
}

function describeContent(result: VerificationResult, embedded: EmbeddedData): void {
  result.kind = embedded.kind;
  if (embedded.kind === 'certificate') {
    const { number, issuedOn, validUntil, outcome } = embedded.certificate;
    result.certificate = { number, issuedOn, validUntil };
    result.outcome = outcome;
  } else result.outcome = embedded.verdict.outcome;
}

interface Recorders {
  pass: (check: CheckCode, reason?: Reason) => void;
  fail: (check: CheckCode, reason: Reason) => void;
  skip: (check: CheckCode, reason: Reason) => void;
}

function checkContent(embedded: EmbeddedData, options: VerifyOptions, { pass, fail, skip }: Recorders): void {
  const pinned = embedded.kind === 'report' ? embedded.verdict.catalogue : embedded.certificate.catalogue;
  const catalogue = options.catalogues.find((c) => c.metadata.id === pinned.id && c.metadata.version === pinned.version);
  if (catalogue === undefined) {
    const reason = { code: 'verify-catalogue-unavailable', params: { id: pinned.id, version: pinned.version } };
    skip('catalogue-hash', reason);
    skip('verdict-consistent', reason);
  } else if (catalogue.hash !== pinned.hash) {
    fail('catalogue-hash', { code: 'verify-catalogue-hash-mismatch', params: { id: pinned.id, version: pinned.version } });
    skip('verdict-consistent', { code: 'verify-skipped-after', params: { check: 'catalogue-hash' } });
  } else {
    pass('catalogue-hash');
    const problem =
      embedded.kind === 'report' ? checkVerdictConsistency(embedded.verdict, catalogue) : checkCertificateConsistency(embedded.certificate, catalogue);
    if (problem) fail('verdict-consistent', problem);
    else pass('verdict-consistent', { code: embedded.kind === 'report' ? 'verify-consistent-report' : 'verify-consistent-certificate', params: {} });
  }

  if (embedded.kind === 'report') {
    skip('validity-period', { code: 'verify-report-no-validity', params: {} });
    return;
  }
  const at = options.at.toISOString().slice(0, 10);
  const { issuedOn, validUntil } = embedded.certificate;
  if (at < issuedOn || at > validUntil) fail('validity-period', { code: 'verify-outside-validity', params: { at, from: issuedOn, to: validUntil } });
  else pass('validity-period', { code: 'verify-within-validity', params: { at, from: issuedOn, to: validUntil } });
}
