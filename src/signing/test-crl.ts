/**
 * The TEST CA's X.509 CRL (v2, SHA-256 with RSA, CRL number), so a demo can withdraw a firm's
 * signing key as a real CA would: `openssl crl -verify` and `verify --crl` both read it.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { useWebCryptoEngine } from './crypto-engine.js';

export interface CrlEntry {
  /** Hex serial of the revoked certificate. */
  serial: string;
  revokedAt: Date;
}

export async function issueTestCrl(caPem: string, caKeyPem: string, entries: readonly CrlEntry[], now: Date, crlNumber: number): Promise<Buffer> {
  useWebCryptoEngine();
  const caDer = new X509Certificate(caPem).raw;
  const ca = pkijs.Certificate.fromBER(new Uint8Array(caDer));
  const pkcs8 = createPrivateKey(caKeyPem).export({ type: 'pkcs8', format: 'der' });
  const key = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: ca.subject,
    thisUpdate: new pkijs.Time({ type: 0, value: now }),
    nextUpdate: new pkijs.Time({ type: 0, value: new Date(now.getTime() + 30 * 86_400_000) }),
    revokedCertificates: entries.map(
      (e) => new pkijs.RevokedCertificate({ userCertificate: serialInteger(e.serial), revocationDate: new pkijs.Time({ type: 0, value: e.revokedAt }) }),
    ),
    crlExtensions: new pkijs.Extensions({
      extensions: [new pkijs.Extension({ extnID: '2.5.29.20', extnValue: new asn1js.Integer({ value: crlNumber }).toBER(false) })],
    }),
  });
  if (entries.length === 0) delete crl.revokedCertificates;
  await crl.sign(key, 'SHA-256');
  return Buffer.from(crl.toSchema(true).toBER(false));
}

export function crlPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN X509 CRL-----\n${lines.join('\n')}\n-----END X509 CRL-----\n`;
}

/** The serial as a positive DER INTEGER: a leading zero byte when its first bit is set. */
function serialInteger(hex: string): asn1js.Integer {
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  const bytes = Buffer.from(even, 'hex');
  return new asn1js.Integer({ valueHex: (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes });
}
