import type * as Forge from 'node-forge';
import { UserError, userError as anyUserError } from '../problems/errors.js';
import type { UserErrorOf } from '../i18n/message-map.js';
import type { signingMessages } from './signing-messages.js';
import { readUserFile } from '../files/read-user-file.js';
import { forge } from './node-forge.js';

/** `userError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const userError: UserErrorOf<typeof signingMessages> = anyUserError;

const KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/** A passphrase file holds one line; a PKCS#12 with its chain a few KB. Both caps are generous. */
export const MAX_PASSPHRASE_FILE_BYTES = 64 * 1024;
export const MAX_P12_BYTES = 1024 * 1024;

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

/**
 * Where the passphrase comes from: a file (first line) or `PKVW_P12_PASSPHRASE`, never the command
 * line. The file is read as any file a user names (`readUserFile`): a FIFO or `/dev/zero` is refused.
 */
export function readPassphrase(passphraseFile: string | undefined, env: Record<string, string | undefined>, label: string | undefined = passphraseFile): string {
  if (passphraseFile !== undefined) {
    const shown = label ?? passphraseFile;
    let text: string;
    try {
      text = readUserFile(passphraseFile, { label: shown, maxBytes: MAX_PASSPHRASE_FILE_BYTES }).toString('utf8');
    } catch (error) {
      // `--passphrase-file <(pass show firma)` is a pipe: say where else a passphrase may come from.
      if (error instanceof UserError && error.problems[0]?.code === 'file-not-regular') throw userError('signing-passphrase-file-not-regular', { path: shown }, { file: shown }, 2);
      throw error;
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
  const bytes = readUserFile(p12Path, { label, maxBytes: MAX_P12_BYTES });
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
    const commonName: unknown = ordered[0].subject.getField('CN');
    signerName = commonNameText(commonName);
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

/** forge leaves a UTF8String as its raw bytes: 'Słoten' would read 'SÅ\u0082oten' in the signature's name. */
function commonNameText(field: unknown): string {
  if (typeof field !== 'object' || field === null || !('value' in field) || typeof field.value !== 'string') return '';
  return 'valueTagClass' in field && field.valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(field.value) : field.value;
}
