/**
 * RFC 3161 signature timestamps (PAdES baseline-T): the token a TSA signs over the SHA-256 of our
 * CMS signature value, put in the signer's unsigned attributes. Verified against the same trust
 * folder as the signer: the TSA certificate chains to a trusted CA at the token's own time and has
 * the timeStamping extended key usage, and the imprint is the hash of this very signature.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms-oids.js';
import { sha256, useWebCryptoEngine } from './crypto-engine.js';
import { bytesEqual } from './bytes.js';
import { distinguishedName, extendedKeyUsages } from './x509-certificate.js';
import type { SigningReason } from './verification-result.js';

export const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

export interface TimestampInfo {
  /** genTime, ISO. */
  time: string;
  /** The TSA's subject, one line. */
  tsa: string;
}

/** Checks a timeStampToken (a CMS ContentInfo) over `signatureValue`. */
export async function verifyTimestampToken(token: unknown, signatureValue: Uint8Array, trusted: readonly Uint8Array[]): Promise<TimestampInfo | SigningReason> {
  const bad = (what: string): SigningReason => ({ code: 'verify-timestamp-invalid', params: { what } });
  useWebCryptoEngine();
  let signedData: pkijs.SignedData;
  let info: pkijs.TSTInfo;
  try {
    if (!(token instanceof asn1js.Sequence)) return bad('structure');
    const contentInfo = new pkijs.ContentInfo({ schema: token });
    if (contentInfo.contentType !== OID.signedData) return bad('content type');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
    if (signedData.encapContentInfo.eContentType !== TST_INFO || signedData.encapContentInfo.eContent === undefined) return bad('content type');
    info = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent.getValue());
  } catch {
    return bad('structure');
  }
  const imprint = info.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== OID.sha256) return bad('hash algorithm');
  const expected = await sha256(signatureValue);
  if (!bytesEqual(imprint.hashedMessage.valueBlock.valueHexView, expected)) return { code: 'verify-timestamp-other-bytes', params: {} };
  if (trusted.length === 0) return { code: 'verify-no-trust', params: {} };
  const certificates = (signedData.certificates ?? []).flatMap((c) => (c instanceof pkijs.Certificate ? [c] : []));
  try {
    const verified = await signedData.verify({
      signer: 0,
      // For a TSTInfo, pkijs takes `data` as what was timestamped and checks the imprint against it too.
      data: new Uint8Array(signatureValue).buffer,
      trustedCerts: trusted.map((der) => pkijs.Certificate.fromBER(new Uint8Array(der))),
      checkChain: true,
      checkDate: info.genTime,
      extendedMode: true,
    });
    if (!verified.signatureVerified) return bad('signature');
    const signer = verified.signerCertificate ?? certificates[0];
    if (signer === undefined) return bad('TSA certificate');
    if (!extendedKeyUsages(signer).includes(TIME_STAMPING)) return bad('TSA certificate without timeStamping');
    return { time: info.genTime.toISOString(), tsa: distinguishedName(signer.subject) };
  } catch {
    return { code: 'verify-timestamp-untrusted', params: {} };
  }
}
