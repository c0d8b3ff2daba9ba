/**
 * A firm's revocation list: the numbers of light certificates it withdrew, each with date and
 * reason, as canonical JSON inside a CMS SignedData the firm signs (attached content, RSA with
 * SHA-256 over the content). A light certificate is a signed PDF, not an X.509 certificate, so a
 * CRL cannot list it; this list is verified against the same trust folder as the certificates,
 * and it counts only for certificates of the firm that signed it.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { canonicalJson } from '../canonical/canonical-json.js';
import { OID } from '../signing/cms-oids.js';
import { useWebCryptoEngine, verifyRsaSha256 } from '../signing/crypto-engine.js';
import type { SigningIdentity } from '../signing/signing-identity.js';
import { signerIdentity } from '../signing/signer-identity.js';
import { chainsToTrusted } from '../signing/verify-signed-pdf.js';
import type { VerifyReason } from './certificate-messages.js';

export const REVOCATIONS_FORMAT = 'pkvw-light/revocations@1';

export interface Revocation {
  number: string;
  /** ISO date. */
  revokedOn: string;
  reason: string;
}

export interface RevocationListData {
  format: typeof REVOCATIONS_FORMAT;
  /** The organisation in the signer's certificate. */
  firm: string;
  updatedAt: string;
  revocations: Revocation[];
}

export async function signRevocationList(data: RevocationListData, identity: SigningIdentity): Promise<Uint8Array> {
  useWebCryptoEngine();
  const [leafDer, ...chainDer] = identity.certificates;
  if (leafDer === undefined) throw new Error('signing identity without certificate');
  const leaf = pkijs.Certificate.fromBER(leafDer);
  const content = new TextEncoder().encode(canonicalJson(data));
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data, eContent: new asn1js.OctetString({ valueHex: content }) }),
    signerInfos: [new pkijs.SignerInfo({ version: 1, sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }) })],
    certificates: [leaf, ...chainDer.map((der) => pkijs.Certificate.fromBER(der))],
  });
  await signedData.sign(identity.privateKey, 0, 'SHA-256');
  return new Uint8Array(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER(false));
}

/** The list, once its signature verifies and its signer chains to a trusted CA; else why not. */
export async function readRevocationList(bytes: Uint8Array, trusted: readonly Uint8Array[]): Promise<RevocationListData | VerifyReason> {
  const bad = (what: string): VerifyReason => ({ code: 'verify-revocations-invalid', params: { what } });
  useWebCryptoEngine();
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(bytes));
    if (contentInfo.contentType !== OID.signedData) return bad('content type');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return bad('CMS');
  }
  const [signerInfo, ...others] = signedData.signerInfos;
  const content = signedData.encapContentInfo.eContent;
  if (signerInfo === undefined || others.length > 0 || content === undefined || signedData.encapContentInfo.eContentType !== OID.data) return bad('CMS');
  if (signerInfo.signedAttrs !== undefined || signerInfo.unsignedAttrs !== undefined || signerInfo.digestAlgorithm.algorithmId !== OID.sha256) return bad('CMS');
  const certificates = (signedData.certificates ?? []).flatMap((c) => (c instanceof pkijs.Certificate ? [c] : []));
  const sid = signerInfo.sid;
  const leafCert = certificates.find((c) => sid instanceof pkijs.IssuerAndSerialNumber && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  if (leafCert === undefined) return bad('signer certificate');
  const json = new Uint8Array(content.getValue());
  if (!(await verifyRsaSha256(leafCert.subjectPublicKeyInfo, signerInfo.signature.valueBlock.valueHexView, json))) return bad('signature');
  const untrusted = await chainsToTrusted(leafCert, certificates.filter((c) => c !== leafCert), trusted);
  if (untrusted) return { code: 'verify-revocations-untrusted', params: {} };
  const text = new TextDecoder('utf-8').decode(json);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad('JSON');
  }
  if (!isRevocationList(data) || canonicalJson(data) !== text) return bad('JSON');
  if (data.firm !== signerIdentity(leafCert).organization) return bad('firm');
  return data;
}

function isRevocationList(value: unknown): value is RevocationListData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length <= 1000;
  return (
    v.format === REVOCATIONS_FORMAT &&
    text(v.firm) &&
    text(v.updatedAt) &&
    Array.isArray(v.revocations) &&
    v.revocations.every((r: unknown) => {
      if (typeof r !== 'object' || r === null) return false;
      const e = r as Record<string, unknown>;
      return text(e.number) && typeof e.revokedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.revokedOn) && text(e.reason) && Object.keys(e).length === 3;
    }) &&
    Object.keys(v).length === 4
  );
}
