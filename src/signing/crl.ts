/**
 * X.509 CRLs (`verify --crl`): a firm whose signing key was withdrawn is on its CA's list. A CRL
 * counts only when a trusted CA signed it and it names the signer's issuer; the signer fails when
 * its serial is listed with a revocation date at or before the time of signing (or any date, when
 * the time of signing is unknown).
 */
import * as pkijs from 'pkijs';
import { useWebCryptoEngine } from './crypto-engine.js';
import { serialNumberHex } from './x509-certificate.js';
import type { SigningReason } from './verification-result.js';

export async function checkRevocationByCrls(
  certificate: pkijs.Certificate,
  crls: readonly Uint8Array[],
  trusted: readonly Uint8Array[],
  signedAt: Date | undefined,
): Promise<SigningReason | undefined> {
  useWebCryptoEngine();
  const cas = trusted.map((der) => pkijs.Certificate.fromBER(new Uint8Array(der)));
  let applicable = 0;
  for (const der of crls) {
    let crl: pkijs.CertificateRevocationList;
    try {
      crl = pkijs.CertificateRevocationList.fromBER(new Uint8Array(der));
    } catch {
      return { code: 'verify-crl-unreadable', params: {} };
    }
    if (!crl.issuer.isEqual(certificate.issuer)) continue;
    const ca = cas.find((c) => c.subject.isEqual(crl.issuer));
    if (ca === undefined || !(await crl.verify({ issuerCertificate: ca }).catch(() => false))) return { code: 'verify-crl-untrusted', params: {} };
    applicable++;
    const entry = (crl.revokedCertificates ?? []).find((r) => r.userCertificate.isEqual(certificate.serialNumber));
    if (entry === undefined) continue;
    const revokedAt = entry.revocationDate.value;
    // With a trusted time of signing, a key withdrawn only afterwards did not make this signature.
    if (signedAt === undefined || revokedAt <= signedAt) {
      return { code: 'verify-signer-revoked', params: { serial: serialNumberHex(certificate), date: revokedAt.toISOString() } };
    }
  }
  if (applicable === 0) return { code: 'verify-crl-not-for-issuer', params: {} };
  return undefined;
}
