import { existsSync } from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type * as Forge from 'node-forge';
import { userError as anyUserError } from '../problems/errors.js';
import type { UserErrorOf } from '../i18n/message-map.js';
import type { signingMessages } from './signing-messages.js';
import { writeFileAtomically } from '../files/write-file-atomically.js';
import { TEST_UNIT } from './signer-identity.js';
import { forge } from './node-forge.js';

/** `userError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const userError: UserErrorOf<typeof signingMessages> = anyUserError;

/** A TEST certificate authority and a TEST firm certificate it issued, for demos and tests only. */
export interface TestIssuer {
  /** The CA certificate (PEM): what a verifier trusts. */
  caPem: string;
  /** The firm's key and certificate chain. */
  firmP12: Buffer;
  passphrase: string;
  firmName: string;
  /** The CA's private key (PKCS#8 PEM), kept so the TEST CA can issue a CRL. */
  caKeyPem: string;
  /** The firm certificate's serial (hex), as a CRL lists it. */
  firmSerial: string;
  /** A TEST time-stamping authority of the same CA (extendedKeyUsage timeStamping), for `certify --tsa` demos and tests. */
  tsaPem: string;
  tsaKeyPem: string;
}

/** The firm of the bundled example inspection: the README's example works with the default. */
export const EXAMPLE_FIRM = 'Voorbeeld Sloten en Beveiliging B.V. (erkend PKVW-bedrijf)';

export interface TestIssuerOptions {
  now: Date;
  /** Validity of the firm certificate; default one year from `now`. Tests pass an expired window. */
  firmValidFrom?: Date;
  firmValidTo?: Date;
  /** Distinguishes several test CAs in one test. */
  label?: string;
  /** The firm's name: the organisation (O) in its certificate, which certify matches to the inspection. */
  firm?: string;
}

/** File names `issuer create-test` writes; the CA goes in a folder of its own, ready for `verify --trust`. */
export const TEST_ISSUER_FILES = {
  ca: join('trust', 'test-ca.pem'),
  caKey: 'test-ca.key',
  tsa: 'test-tsa.pem',
  tsaKey: 'test-tsa.key',
  p12: 'test-firm.p12',
  passphrase: 'test-firm.passphrase',
} as const;

/**
 * Creates a TEST CA and a TEST firm certificate (RSA-2048). The firm certificate is a proper leaf
 * (`CA:FALSE`, keyUsage digitalSignature + nonRepudiation): poppler rejects bare self-signed ones.
 * Its organisation (O) is the firm's name and its organisational unit is TEST: certify puts TEST on
 * every page of what it signs, so nobody mistakes a demo certificate for a real one.
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

  const firm = options.firm ?? EXAMPLE_FIRM;
  const firmName = `${firm} (TEST)`;
  const firmKeys = rsaKeyPair();
  const leaf = forge.pki.createCertificate();
  leaf.publicKey = firmKeys.publicKey;
  leaf.serialNumber = serialNumber();
  leaf.validity.notBefore = firmFrom;
  leaf.validity.notAfter = firmTo;
  // UTF8String: a firm's name may hold letters beyond PrintableString (forge encodes the value).
  leaf.setSubject([
    { shortName: 'CN', value: firmName, valueTagClass: UTF8_STRING },
    { shortName: 'O', value: firm, valueTagClass: UTF8_STRING },
    { shortName: 'OU', value: TEST_UNIT },
    { shortName: 'C', value: 'NL' },
  ]);
  leaf.setIssuer(caName);
  leaf.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  leaf.sign(caKeys.privateKey, forge.md.sha256.create());

  const tsaKeys = rsaKeyPair();
  const tsa = forge.pki.createCertificate();
  tsa.publicKey = tsaKeys.publicKey;
  tsa.serialNumber = serialNumber();
  tsa.validity.notBefore = ca.validity.notBefore;
  tsa.validity.notAfter = ca.validity.notAfter;
  tsa.setSubject([
    { shortName: 'CN', value: `TEST TSA ${label} (niet voor echt gebruik)` },
    { shortName: 'O', value: 'TEST' },
    { shortName: 'C', value: 'NL' },
  ]);
  tsa.setIssuer(caName);
  tsa.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    // RFC 3161 §2.3: a TSA certificate has exactly this one extended key usage, critical.
    { name: 'extKeyUsage', timeStamping: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  tsa.sign(caKeys.privateKey, forge.md.sha256.create());

  const passphrase = randomBytes(18).toString('base64url');
  const p12 = forge.pkcs12.toPkcs12Asn1(firmKeys.privateKey, [leaf, ca], passphrase, {
    algorithm: 'aes256',
    friendlyName: firmName,
  });
  return {
    caPem: forge.pki.certificateToPem(ca),
    firmP12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
    passphrase,
    firmName,
    caKeyPem: pkcs8Pem(caKeys.privateKey),
    firmSerial: leaf.serialNumber,
    tsaPem: forge.pki.certificateToPem(tsa),
    tsaKeyPem: pkcs8Pem(tsaKeys.privateKey),
  };
}

/** @types/node-forge types `valueTagClass` as an asn1.Class, but forge reads it as the value's asn1.Type. */
const UTF8_STRING = forge.asn1.Type.UTF8 as number as Forge.asn1.Class;

function pkcs8Pem(key: Forge.pki.rsa.PrivateKey): string {
  return forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key)));
}

/** Refuses to replace an existing issuer (its key would be gone) unless asked to. */
export function assertNoIssuer(dir: string, label: string, force: boolean): void {
  if (force) return;
  for (const file of Object.values(TEST_ISSUER_FILES)) {
    if (existsSync(join(dir, file))) throw userError('issuer-exists', { path: label }, { file: label }, 1);
  }
}

/**
 * Writes the TEST issuer: `trust/test-ca.pem`, `test-ca.key`, `test-firm.p12` and
 * `test-firm.passphrase`, the secrets 0600 from their first byte. Each file is replaced, never
 * written through: an old 0644 key is not truncated in place, and a FIFO at a name cannot block.
 */
export function writeTestIssuer(dir: string, issuer: TestIssuer, label: string = dir): Record<keyof typeof TEST_ISSUER_FILES, string> {
  const paths = {
    ca: join(dir, TEST_ISSUER_FILES.ca),
    caKey: join(dir, TEST_ISSUER_FILES.caKey),
    tsa: join(dir, TEST_ISSUER_FILES.tsa),
    tsaKey: join(dir, TEST_ISSUER_FILES.tsaKey),
    p12: join(dir, TEST_ISSUER_FILES.p12),
    passphrase: join(dir, TEST_ISSUER_FILES.passphrase),
  };
  const write = (key: keyof typeof TEST_ISSUER_FILES, content: string | Buffer, access: 'private' | 'shared') =>
    writeFileAtomically(paths[key], content, { label: join(label, TEST_ISSUER_FILES[key]), access });
  write('ca', issuer.caPem, 'shared');
  write('caKey', issuer.caKeyPem, 'private');
  write('tsa', issuer.tsaPem, 'shared');
  write('tsaKey', issuer.tsaKeyPem, 'private');
  write('p12', issuer.firmP12, 'private');
  write('passphrase', issuer.passphrase + '\n', 'private');
  return paths;
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
