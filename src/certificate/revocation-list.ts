/**
 * A firm's revocation list: the numbers of light certificates it withdrew, each with date and
 * reason, as canonical JSON inside a CMS SignedData the firm signs (attached content, RSA with
 * SHA-256 over the content). A light certificate is a signed PDF, not an X.509 certificate, so a
 * CRL cannot list it; this list is verified against the same trust folder as the certificates,
 * and it counts only for certificates of the firm that signed it.
 */
import { createVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { canonicalJson } from '../canonical/canonical-json.js';
import { OID } from '../signing/cades-signer.js';
import { useNodeCryptoEngine } from '../signing/crypto-engine.js';
import type { SigningIdentity } from '../signing/signing-identity.js';
import { signerIdentity } from '../signing/signer-identity.js';
import { chainsToTrusted } from '../signing/verify-signed-pdf.js';
import type { Reason } from '../signing/verification-result.js';

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

export async function signRevocationList(data: RevocationListData, identity: SigningIdentity): Promise<Buffer> {
  useNodeCryptoEngine();
  const [leafDer, ...chainDer] = identity.certificates;
  if (leafDer === undefined) throw new Error('signing identity without certificate');
  const leaf = pkijs.Certificate.fromBER(leafDer);
  const content = Buffer.from(canonicalJson(data), 'utf8');
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data, eContent: new asn1js.OctetString({ valueHex: content }) }),
    signerInfos: [new pkijs.SignerInfo({ version: 1, sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }) })],
    certificates: [leaf, ...chainDer.map((der) => pkijs.Certificate.fromBER(der))],
  });
  await signedData.sign(identity.privateKey, 0, 'SHA-256');
  return Buffer.from(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER(false));
}

/** The list, once its signature verifies and its signer chains to a trusted CA; else why not. */
export async function readRevocationList(bytes: Uint8Array, trusted: readonly Uint8Array[]): Promise<RevocationListData | Reason> {
  const bad = (what: string): Reason => ({ code: 'verify-revocations-invalid', params: { what } });
  useNodeCryptoEngine();
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
  const der = (c: pkijs.Certificate) => Buffer.from(c.toSchema().toBER(false));
  const leafDer = der(leafCert);
  const leaf = new X509Certificate(leafDer);
  const json = Buffer.from(content.getValue());
  if (!createVerify('sha256').update(json).verify(leaf.publicKey, Buffer.from(signerInfo.signature.valueBlock.valueHexView))) return bad('signature');
  const untrusted = await chainsToTrusted(leafDer, certificates.filter((c) => c !== leafCert).map(der), trusted, leaf);
  if (untrusted) return { code: 'verify-revocations-untrusted', params: {} };
  let data: unknown;
  try {
    data = JSON.parse(json.toString('utf8'));
  } catch {
    return bad('JSON');
  }
  if (!isRevocationList(data) || canonicalJson(data) !== json.toString('utf8')) return bad('JSON');
  if (data.firm !== signerIdentity(leaf, leafDer).organization) return bad('firm');
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
