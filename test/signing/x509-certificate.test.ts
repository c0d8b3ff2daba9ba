import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Forge from 'node-forge';
import { distinguishedName, readCertificate, serialNumberHex, validFrom, validTo } from '../../src/signing/x509-certificate.js';

const forge: typeof Forge = createRequire(import.meta.url)('node-forge');
const keys = forge.pki.rsa.generateKeyPair(1024);

/** A self-signed certificate with `organization` as O, DER. */
function certificateNamed(organization: string, serial: string): Uint8Array {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2027-01-01T12:34:56Z');
  const name = [{ shortName: 'CN', value: 'Inspecteur' }, { shortName: 'OU', value: 'TEST' }, { shortName: 'O', value: forge.util.encodeUtf8(organization), valueTagClass: forge.asn1.Type.UTF8 }, { shortName: 'C', value: 'NL' }];
  cert.setSubject(name as Forge.pki.CertificateField[]);
  cert.setIssuer(name as Forge.pki.CertificateField[]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'));
}

describe('reading a certificate without node:crypto', () => {
  // What the verifier printed before, through Node's X509Certificate: messages keep their wording.
  it.each([
    'Voorbeeld Sloten en Beveiliging B.V. (erkend PKVW-bedrijf)',
    'Sloten Ügür & Zn. B.V.',
    'Politie, Nederland',
    'A+B "quoted" <x>; \\ back',
    ' leading and trailing ',
    '#hash',
    'new\nline',
  ])('names %j as OpenSSL does', (organization) => {
    const der = certificateNamed(organization, '00f3a1');
    const node = new X509Certificate(der);
    const certificate = readCertificate(der);
    expect(distinguishedName(certificate.subject)).toBe(node.subject.split('\n').reverse().join(', '));
    expect(distinguishedName(certificate.issuer)).toBe(node.issuer.split('\n').reverse().join(', '));
  });

  it.each(['00f3a1', '7f', '0102', '0a'])('gives serial %s as OpenSSL does, with the same validity window', (serial) => {
    const der = certificateNamed('Firma', serial);
    const node = new X509Certificate(der);
    const certificate = readCertificate(der);
    expect(serialNumberHex(certificate)).toBe(node.serialNumber.toUpperCase());
    expect(validFrom(certificate).toISOString()).toBe(new Date(node.validFrom).toISOString());
    expect(validTo(certificate).toISOString()).toBe(new Date(node.validTo).toISOString());
  });
});
