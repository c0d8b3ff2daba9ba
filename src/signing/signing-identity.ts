import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Forge from 'node-forge';
import { ioError, userError } from '../problems/errors.js';

// node-forge is CommonJS without named exports, and its types declare no default export.
const forge: typeof Forge = createRequire(import.meta.url)('node-forge');

const KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/**
 * Who signs: the firm's private key (a non-extractable WebCrypto key, so it cannot end up in a PDF,
 * a log or an error) and its certificate chain, leaf first, as DER.
 */
export interface SigningIdentity {
  privateKey: CryptoKey;
  /** DER certificates, the signer's own first, then the rest of the chain found in the PKCS#12. */
  certificates: Uint8Array<ArrayBuffer>[];
  /** The signer's common name, shown as the signature's `/Name`. */
  signerName: string;
}

/** Where the passphrase comes from: a file (first line) or `PKVW_P12_PASSPHRASE`, never the command line. */
export function readPassphrase(passphraseFile: string | undefined, env: Record<string, string | undefined>): string {
  if (passphraseFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(passphraseFile, 'utf8');
    } catch (error) {
      throw ioError('file-unreadable', { path: passphraseFile, reason: reasonOf(error) }, passphraseFile);
    }
    return text.split(/\r?\n/)[0] ?? '';
  }
  const fromEnv = env.PKVW_P12_PASSPHRASE;
  if (fromEnv === undefined) throw userError('signing-passphrase-missing', {}, {}, 2);
  return fromEnv;
}

/**
 * Reads a PKCS#12 file once (node-forge reads both OpenSSL 3 and `-legacy` files) and hands the RSA
 * key to WebCrypto. A wrong passphrase and a damaged file give the same message: neither says more.
 */
export async function readSigningIdentity(p12Path: string, passphrase: string, label: string = p12Path): Promise<SigningIdentity> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(p12Path);
  } catch (error) {
    throw ioError('file-unreadable', { path: label, reason: reasonOf(error) }, label);
  }
  let keyDer: string;
  let certificates: Uint8Array<ArrayBuffer>[];
  let signerName: string;
  try {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), passphrase);
    const keyBag = p12.getBags({ bagType: KEY_BAG })[KEY_BAG]?.[0];
    const key = keyBag?.key;
    if (key === undefined) throw new Error('no key');
    keyDer = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes();
    const certs = (p12.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? []).flatMap((bag: Forge.pkcs12.Bag) =>
      bag.cert ? [bag.cert] : [],
    );
    // The leaf is the certificate whose public key matches the private key.
    const publicPem = forge.pki.publicKeyToPem(forge.pki.setRsaPublicKey(key.n, key.e));
    const ordered = [...certs].sort(
      (a, b) => Number(forge.pki.publicKeyToPem(b.publicKey) === publicPem) - Number(forge.pki.publicKeyToPem(a.publicKey) === publicPem),
    );
    if (ordered[0] === undefined || forge.pki.publicKeyToPem(ordered[0].publicKey) !== publicPem) throw new Error('no certificate');
    const commonName = ordered[0].subject.getField('CN')?.value;
    signerName = typeof commonName === 'string' ? commonName : '';
    certificates = ordered.map((c) => new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary')));
  } catch {
    throw userError('signing-p12-unreadable', { path: label }, { file: label });
  }
  const privateKey = await globalThis.crypto.subtle.importKey(
    'pkcs8',
    Buffer.from(keyDer, 'binary'),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return { privateKey, certificates, signerName };
}

function reasonOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
}
