import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type * as Forge from 'node-forge';
import { ioError } from '../problems/errors.js';

// node-forge is CommonJS without named exports, and its types declare no default export.
const forge: typeof Forge = createRequire(import.meta.url)('node-forge');

/** A TEST certificate authority and a TEST firm certificate it issued, for demos and tests only. */
export interface TestIssuer {
  /** The CA certificate (PEM): what a verifier trusts. */
  caPem: string;
  /** The firm's key and certificate chain. */
  firmP12: Buffer;
  passphrase: string;
  firmName: string;
}

export interface TestIssuerOptions {
  now: Date;
  /** Validity of the firm certificate; default one year from `now`. Tests pass an expired window. */
  firmValidFrom?: Date;
  firmValidTo?: Date;
  /** Distinguishes several test firms in one test. */
  label?: string;
}

/** File names `issuer create-test` writes; the CA goes in a folder of its own, ready for `verify --trust`. */
export const TEST_ISSUER_FILES = { ca: join('trust', 'test-ca.pem'), p12: 'test-firm.p12', passphrase: 'test-firm.passphrase' } as const;

/**
 * Creates a TEST CA and a TEST firm certificate (RSA-2048). The firm certificate is a proper leaf
 * (`CA:FALSE`, keyUsage digitalSignature + nonRepudiation): poppler rejects bare self-signed ones.
 * Every name says TEST, so nobody mistakes a demo certificate for a real one.
 */
export function createTestIssuer(options: TestIssuerOptions): TestIssuer {
  const label = options.label ?? 'PKVW-light';
  const caKeys = rsaKeyPair();
  const caName = [
    { shortName: 'CN', value: `TEST CA ${label} (niet voor echt gebruik)` },
    { shortName: 'O', value: 'TEST' },
    { shortName: 'C', value: 'NL' },
  ];
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = serialNumber();
  // The CA outlives any firm window a test asks for, so only the firm certificate can be out of date.
  const firmFrom = options.firmValidFrom ?? addDays(options.now, -1);
  const firmTo = options.firmValidTo ?? addDays(options.now, 365);
  ca.validity.notBefore = new Date(Math.min(addDays(options.now, -1).getTime(), firmFrom.getTime()));
  ca.validity.notAfter = new Date(Math.max(addDays(options.now, 3650).getTime(), firmTo.getTime()));
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const firmName = `TEST Inspectiebedrijf ${label}`;
  const firmKeys = rsaKeyPair();
  const firm = forge.pki.createCertificate();
  firm.publicKey = firmKeys.publicKey;
  firm.serialNumber = serialNumber();
  firm.validity.notBefore = firmFrom;
  firm.validity.notAfter = firmTo;
  firm.setSubject([
    { shortName: 'CN', value: firmName },
    { shortName: 'O', value: 'TEST' },
    { shortName: 'C', value: 'NL' },
  ]);
  firm.setIssuer(caName);
  firm.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  firm.sign(caKeys.privateKey, forge.md.sha256.create());

  const passphrase = randomBytes(18).toString('base64url');
  const p12 = forge.pkcs12.toPkcs12Asn1(firmKeys.privateKey, [firm, ca], passphrase, {
    algorithm: 'aes256',
    friendlyName: firmName,
  });
  return {
    caPem: forge.pki.certificateToPem(ca),
    firmP12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
    passphrase,
    firmName,
  };
}

/** Writes the TEST issuer: `trust/test-ca.pem`, `test-firm.p12` and `test-firm.passphrase`, the secrets with mode 0600. */
export function writeTestIssuer(dir: string, issuer: TestIssuer): Record<keyof typeof TEST_ISSUER_FILES, string> {
  const paths = {
    ca: join(dir, TEST_ISSUER_FILES.ca),
    p12: join(dir, TEST_ISSUER_FILES.p12),
    passphrase: join(dir, TEST_ISSUER_FILES.passphrase),
  };
  try {
    mkdirSync(join(dir, 'trust'), { recursive: true });
    writeFileSync(paths.ca, issuer.caPem);
    writeSecret(paths.p12, issuer.firmP12);
    writeSecret(paths.passphrase, issuer.passphrase + '\n');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw ioError('file-unwritable', { path: dir, reason }, dir);
  }
  return paths;
}

function writeSecret(path: string, data: string | Buffer): void {
  writeFileSync(path, data, { mode: 0o600 });
  // An existing file keeps its mode on write, and umask may have lowered it: set it explicitly.
  chmodSync(path, 0o600);
}

/** Keys come from node:crypto (fast, native) and are handed to forge for certificate building. */
function rsaKeyPair(): { publicKey: Forge.pki.rsa.PublicKey; privateKey: Forge.pki.rsa.PrivateKey } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey: rsaPublic(forge.pki.publicKeyFromPem(publicKey)), privateKey: rsaPrivate(forge.pki.privateKeyFromPem(privateKey)) };
}

function rsaPublic(key: Forge.pki.PublicKey): Forge.pki.rsa.PublicKey {
  if (!('n' in key)) throw new Error('expected an RSA public key');
  return key;
}

function rsaPrivate(key: Forge.pki.PrivateKey): Forge.pki.rsa.PrivateKey {
  if (!('d' in key)) throw new Error('expected an RSA private key');
  return key;
}

/** A positive random serial (first hex digit below 8 keeps the DER integer positive). */
function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
