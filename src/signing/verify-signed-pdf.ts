/**
 * verifySignedPdf: checks the signature of a signed report or certificate, each step
 * a named check, before anything in the PDF is parsed or inflated. The byte range covers the whole
 * file and its gap is exactly the /Contents hex string; the CMS is exactly what `CadesSigner` makes
 * (SignedData v1, one SHA-256 digest algorithm, detached id-data, signer v1 with content-type,
 * message-digest and ESS signing-certificate-v2, at most a signature timestamp unsigned), its
 * message digest is the SHA-256 of the signed bytes and its signature verifies with the signer's
 * key; the ESS hash names that certificate; the signer chains to a trusted CA, was valid when it
 * signed (at the timestamp's time when there is one), and is not on a CRL given. Only then does
 * pdf-lib read the signature dictionary and the embedded files (bounded). Bytes in, pkijs over
 * WebCrypto, no node:*: `pkvw-light verify` and the verification page run exactly this.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms-oids.js';
import { sha256, useWebCryptoEngine, verifyRsaSha256 } from './crypto-engine.js';
import { bytesEqual } from './bytes.js';
import { certificateDer, distinguishedName, validFrom, validTo } from './x509-certificate.js';
import { EmbeddedFileError, findSignature, NO_SIGNATURE, readSignedPdfParts, type SignedPdfParts } from './signed-pdf-parts.js';
import { SIGNATURE_CHECKS, CheckLog, type SigningReason } from './verification-result.js';
import { signerIdentity, type SignerIdentity } from './signer-identity.js';
import { verifyTimestampToken, type TimestampInfo } from './timestamp-token.js';
import { checkRevocationByCrls } from './crl.js';

export interface SignatureVerifyOptions {
  /** DER certificates of the CAs the verifier trusts (firm CAs and TSA CAs). */
  trusted: readonly Uint8Array[];
  /** DER X.509 CRLs of the CAs (`verify --crl`); the signer must not be on one. */
  crls?: readonly Uint8Array[];
  /** The moment asked about: without a timestamp, the signer's certificate must still be valid then. */
  at: Date;
}

export interface SignatureVerification {
  /** False when the file carries no signature at all: then `checks` is empty. */
  signed: boolean;
  /** Why it is not signed (not a PDF, no /ByteRange). */
  unsigned?: SigningReason;
  checks: CheckLog;
  signer?: SignerIdentity;
  /** The time the signature was made: the timestamp's when it has a valid one, else /M. */
  signingTime?: string;
  /** Where the signing time comes from. */
  signingTimeSource?: 'timestamp' | 'signature-dictionary';
  timestamp?: TimestampInfo;
  /** Present only when every signature check passed: the PDF's parts, read after the signature held. */
  parts?: SignedPdfParts;
  /** Why the parts could not be read, when the signature held. */
  partsProblem?: SigningReason;
}

const SIGNATURE_TIMESTAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';
const RSA = ['1.2.840.113549.1.1.1', '1.2.840.113549.1.1.11'];

export async function verifySignedPdf(bytes: Uint8Array, options: SignatureVerifyOptions): Promise<SignatureVerification> {
  const file = new Uint8Array(bytes);
  const log = new CheckLog();
  const result: SignatureVerification = { signed: true, checks: log };
  const skipAfter = (failed: string): SigningReason => ({ code: 'verify-skipped-after', params: { check: failed } });

  const found = findSignature(file);
  if ('code' in found) {
    if (found.code === NO_SIGNATURE || found.code === 'verify-not-a-pdf') return { signed: false, unsigned: found, checks: log };
    log.fail('byte-range', found);
    log.skipRest(SIGNATURE_CHECKS, 'cms-structure', skipAfter('byte-range'));
    return result;
  }
  log.pass('byte-range');

  useWebCryptoEngine();
  const cms = parseCms(found.cms);
  if ('code' in cms) {
    log.fail('cms-structure', cms);
    log.skipRest(SIGNATURE_CHECKS, 'cades-profile', skipAfter('cms-structure'));
    return result;
  }
  log.pass('cms-structure');
  const { signedData, signerInfo, leaf, chain } = cms;
  result.signer = signerIdentity(leaf);

  const attributes = new Map((signerInfo.signedAttrs?.attributes ?? []).map((a) => [a.type, a.values]));
  const cmsProfile = cadesProfile(signedData, attributes, signerInfo);

  const digest = attributes.get(OID.messageDigest)?.[0];
  const actual = await sha256(found.signedBytes);
  log.record(
    'message-digest',
    digest instanceof asn1js.OctetString && bytesEqual(digest.valueBlock.valueHexView, actual) ? undefined : { code: 'verify-digest-mismatch', params: {} },
  );

  const signedAttrs = signerInfo.signedAttrs?.encodedValue;
  const signatureValue = signerInfo.signature.valueBlock.valueHexView;
  const signatureOk = signedAttrs !== undefined && (await verifyRsaSha256(leaf.subjectPublicKeyInfo, signatureValue, new Uint8Array(signedAttrs)));
  log.record('signature-value', signatureOk ? undefined : { code: 'verify-signature-invalid', params: {} });

  const certHash = essCertHash(attributes.get(OID.signingCertificateV2)?.[0]);
  log.record(
    'signing-certificate-ref',
    certHash !== undefined && bytesEqual(certHash, await sha256(certificateDer(leaf))) ? undefined : { code: 'verify-signing-certificate-mismatch', params: {} },
  );

  const trust = await chainsToTrusted(leaf, chain, options.trusted);
  log.record('signer-trusted', trust, { code: 'verify-signer-is', params: { subject: result.signer.subject, issuer: result.signer.issuer } });

  // The timestamp, when there is one, must be a valid token over this very signature.
  const token = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === SIGNATURE_TIMESTAMP_TOKEN)?.values[0];
  if (token !== undefined) {
    const timestamp = await verifyTimestampToken(token, signatureValue, options.trusted);
    if ('code' in timestamp) log.fail('signature-timestamp', timestamp);
    else {
      result.timestamp = timestamp;
      log.pass('signature-timestamp', { code: 'verify-timestamp-at', params: { time: timestamp.time, tsa: timestamp.tsa } });
    }
  }

  const signatureHolds = SIGNATURE_CHECKS.every((c) => !log.has(c) || log.passed(c)) && cmsProfile === undefined;
  if (!signatureHolds) {
    log.record('cades-profile', cmsProfile);
    log.skipRest(SIGNATURE_CHECKS, 'signer-valid-at-signing', { code: 'verify-skipped-signature', params: {} });
    return result;
  }

  // Only now, with a signature that holds, is the PDF itself parsed.
  let parts: SignedPdfParts;
  try {
    parts = await readSignedPdfParts(file);
  } catch (error) {
    const reason: SigningReason = error instanceof EmbeddedFileError ? error.reason : { code: 'verify-pdf-unreadable', params: {} };
    log.pass('cades-profile');
    log.skipRest(SIGNATURE_CHECKS, 'signer-valid-at-signing', { code: 'verify-skipped-pdf', params: {} });
    result.partsProblem = reason;
    return result;
  }
  const [dictionary, ...more] = parts.signatures;
  const sameRange = dictionary !== undefined && more.length === 0 && dictionary.byteRange.join(' ') === found.byteRange.join(' ');
  if (!sameRange) log.fail('cades-profile', { code: 'verify-signature-dictionary', params: {} });
  else if (dictionary.subFilter !== 'ETSI.CAdES.detached') log.fail('cades-profile', { code: 'verify-subfilter', params: { found: dictionary.subFilter ?? '-' } });
  else log.pass('cades-profile');

  const timeOfSigning = result.timestamp !== undefined ? new Date(result.timestamp.time) : dictionary?.signingTime;
  if (timeOfSigning !== undefined) {
    result.signingTime = timeOfSigning.toISOString();
    result.signingTimeSource = result.timestamp !== undefined ? 'timestamp' : 'signature-dictionary';
  }
  if (timeOfSigning === undefined) log.fail('signer-valid-at-signing', { code: 'verify-no-signing-time', params: {} });
  else if (timeOfSigning < validFrom(leaf) || timeOfSigning > validTo(leaf)) {
    log.fail('signer-valid-at-signing', {
      code: 'verify-signer-expired',
      params: { signingTime: timeOfSigning.toISOString(), from: validFrom(leaf).toISOString(), to: validTo(leaf).toISOString() },
    });
  } else if (result.timestamp === undefined && (options.at > validTo(leaf) || options.at < validFrom(leaf))) {
    // Without a timestamp nothing proves the signature was made while the certificate was valid.
    log.fail('signer-valid-at-signing', { code: 'verify-signer-expired-no-timestamp', params: { at: options.at.toISOString(), to: validTo(leaf).toISOString() } });
  } else {
    log.pass('signer-valid-at-signing', {
      code: result.timestamp !== undefined ? 'verify-signer-valid-at-timestamp' : 'verify-signer-valid-at-m',
      params: { signingTime: timeOfSigning.toISOString(), to: validTo(leaf).toISOString() },
    });
  }

  if (options.crls !== undefined && options.crls.length > 0) {
    // Only a timestamp's time is trusted: /M is what the signer says, and a stolen key can say anything.
    const revoked = await checkRevocationByCrls(leaf, options.crls, options.trusted, result.timestamp ? new Date(result.timestamp.time) : undefined);
    log.record('signer-not-revoked', revoked, { code: 'verify-crl-not-listed', params: { count: options.crls.length } });
  }

  // A revoked signer is still the one who signed: what it signed is read, and the status says revoked.
  if (log.checks.every((c) => c.status === 'passed' || c.check === 'signer-not-revoked')) result.parts = parts;
  return result;
}

interface ParsedCms {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
  leaf: pkijs.Certificate;
  chain: pkijs.Certificate[];
}

/**
 * Exactly the CMS we sign and nothing beyond it: a verifier that accepts more than the signer makes
 * lets unsigned data ride along under a valid signature.
 */
function parseCms(contents: Uint8Array<ArrayBuffer>): ParsedCms | SigningReason {
  const malformed = (what: string): SigningReason => ({ code: 'verify-cms-malformed', params: { what } });
  const parsed = asn1js.fromBER(contents);
  if (parsed.offset === -1) return malformed('BER');
  // After the DER only zero padding may follow: data hidden in the placeholder is refused.
  if (!contents.subarray(parsed.offset).every((b) => b === 0)) return malformed('padding');
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== OID.signedData) return { code: 'verify-cms-content-type', params: { found: contentInfo.contentType } };
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return malformed('SignedData');
  }
  if (signedData.encapContentInfo.eContentType !== OID.data) {
    return { code: 'verify-cms-content-type', params: { found: signedData.encapContentInfo.eContentType } };
  }
  if (signedData.version !== 1) return { code: 'verify-cms-version', params: { part: 'SignedData', found: signedData.version } };
  if (signedData.encapContentInfo.eContent !== undefined) return malformed('not detached');
  if (signedData.crls !== undefined && signedData.crls.length > 0) return malformed('crls');
  const [signerInfo, ...others] = signedData.signerInfos;
  if (signerInfo === undefined || others.length > 0) return malformed('signerInfos');
  if (signerInfo.version !== 1) return { code: 'verify-cms-version', params: { part: 'SignerInfo', found: signerInfo.version } };
  const unsigned = (signerInfo.unsignedAttrs?.attributes ?? []).map((a) => a.type);
  const foreign = unsigned.find((type) => type !== SIGNATURE_TIMESTAMP_TOKEN);
  if (foreign !== undefined || unsigned.length > 1) return { code: 'verify-cms-unsigned-attribute', params: { type: foreign ?? SIGNATURE_TIMESTAMP_TOKEN } };
  const signedTypes = (signerInfo.signedAttrs?.attributes ?? []).map((a) => a.type);
  const expected = [OID.contentType, OID.messageDigest, OID.signingCertificateV2];
  const extra = signedTypes.find((type) => !expected.includes(type as (typeof expected)[number]));
  if (extra !== undefined || signedTypes.length !== expected.length) return { code: 'verify-cms-signed-attribute', params: { type: extra ?? '-' } };
  const certificates = (signedData.certificates ?? []).flatMap((c) => (c instanceof pkijs.Certificate ? [c] : []));
  if (certificates.length !== (signedData.certificates ?? []).length || certificates.length > 4) return malformed('certificates');
  const sid = signerInfo.sid;
  const leafCert = certificates.find(
    (c) => sid instanceof pkijs.IssuerAndSerialNumber && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber),
  );
  if (leafCert === undefined) return malformed('signer certificate');
  return { signedData, signerInfo, leaf: leafCert, chain: certificates.filter((c) => c !== leafCert) };
}

/** PAdES baseline B in the CMS: SHA-256 everywhere, RSA, content-type id-data, signing-certificate-v2 (a CMS signing-time is already refused by `parseCms`, as any extra signed attribute). */
function cadesProfile(signedData: pkijs.SignedData, attributes: ReadonlyMap<string, unknown[]>, signerInfo: pkijs.SignerInfo): SigningReason | undefined {
  const digestAlgorithms = signedData.digestAlgorithms.map((a) => a.algorithmId);
  if (digestAlgorithms.length !== 1 || digestAlgorithms[0] !== OID.sha256) return { code: 'verify-digest-algorithm', params: { found: digestAlgorithms.join(', ') || '-' } };
  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256) return { code: 'verify-digest-algorithm', params: { found: signerInfo.digestAlgorithm.algorithmId } };
  if (!RSA.includes(signerInfo.signatureAlgorithm.algorithmId)) return { code: 'verify-signature-algorithm', params: { found: signerInfo.signatureAlgorithm.algorithmId } };
  const contentType = attributes.get(OID.contentType)?.[0];
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.data) return { code: 'verify-attribute-missing', params: { attribute: 'content-type' } };
  if (!attributes.has(OID.signingCertificateV2)) return { code: 'verify-attribute-missing', params: { attribute: 'signing-certificate-v2' } };
  return undefined;
}

/** The certHash of the first ESSCertIDv2 (SHA-256, the default hash algorithm). */
function essCertHash(value: unknown): Uint8Array | undefined {
  if (!(value instanceof asn1js.Sequence)) return undefined;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return undefined;
  const [head, second] = first.valueBlock.value;
  // An explicit hashAlgorithm may come first; only SHA-256 is accepted.
  if (head instanceof asn1js.Sequence) {
    const algorithm = head.valueBlock.value[0];
    if (!(algorithm instanceof asn1js.ObjectIdentifier) || algorithm.valueBlock.toString() !== OID.sha256) return undefined;
    return second instanceof asn1js.OctetString ? second.valueBlock.valueHexView : undefined;
  }
  return head instanceof asn1js.OctetString ? head.valueBlock.valueHexView : undefined;
}

/**
 * Path validation with pkijs from the signer to one of the trusted CAs. Dates are judged by
 * signer-valid-at-signing; here the chain is validated at a moment inside the signer's own validity.
 */
export async function chainsToTrusted(leaf: pkijs.Certificate, chain: readonly pkijs.Certificate[], trusted: readonly Uint8Array[]): Promise<SigningReason | undefined> {
  if (trusted.length === 0) return { code: 'verify-no-trust', params: {} };
  const from = validFrom(leaf).getTime();
  const to = validTo(leaf).getTime();
  const issuer = distinguishedName(leaf.issuer);
  try {
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: trusted.map((der) => pkijs.Certificate.fromBER(new Uint8Array(der))),
      // Fresh copies from the DER: the engine may change what it is given.
      certs: [leaf, ...chain].map((c) => pkijs.Certificate.fromBER(certificateDer(c))),
      checkDate: new Date(from + (to - from) / 2),
    });
    const verdict = await engine.verify();
    return verdict.result ? undefined : { code: 'verify-untrusted', params: { issuer } };
  } catch {
    return { code: 'verify-untrusted', params: { issuer } };
  }
}
