/**
 * node-forge, with its two key derivations done by Node's native hashing. forge runs PBKDF2 in
 * JavaScript whenever it is handed a digest object (as its PBES2 decryption always does) and the
 * PKCS#12 MAC and legacy-cipher key derivation (RFC 7292 appendix B.2) always: with the 2048
 * iterations OpenSSL writes, reading a key file cost ~70 ms of SHA-1 in JavaScript. The native
 * versions compute the same bytes; whatever they are not sure to compute alike (another digest,
 * a passphrase forge would mangle) still goes to forge's own code.
 */
import { createHash, pbkdf2Sync } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Forge from 'node-forge';

// node-forge is CommonJS without named exports, and its types declare no default export.
export const forge: typeof Forge = createRequire(import.meta.url)('node-forge');

/** forge's digest names (`md.algorithm`) that Node knows by the same bytes. */
const NODE_DIGEST: Readonly<Record<string, string>> = { sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', md5: 'md5' };

/** forge reads passphrases as byte strings: above U+00FF its JavaScript hashes something no native call reproduces. */
const BEYOND_BYTES = /[\u0100-\uffff]/;

type Pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number, md?: Forge.md.MessageDigest | string | null, callback?: unknown) => string;
type Pkcs12Kdf = (password: string | null | undefined, salt: Forge.util.ByteStringBuffer, id: number, iterations: number, length: number, md?: Forge.md.MessageDigest) => Forge.util.ByteStringBuffer;

interface ForgeKdfs {
  pkcs5: { pbkdf2: Pbkdf2 };
  pkcs12: { generateKey: Pkcs12Kdf };
  pki: { pbe: { generatePkcs12Key: Pkcs12Kdf } };
}

const kdfs = forge as unknown as ForgeKdfs;
const forgePbkdf2 = kdfs.pkcs5.pbkdf2;
const forgePkcs12Kdf = kdfs.pki.pbe.generatePkcs12Key;

const nativePbkdf2: Pbkdf2 = (password, salt, iterations, keyLength, md, callback) => {
  const digest = typeof md === 'object' && md !== null ? NODE_DIGEST[md.algorithm] : undefined;
  if (digest === undefined || callback !== undefined || typeof password !== 'string' || BEYOND_BYTES.test(password) || !(iterations >= 1)) {
    return forgePbkdf2(password, salt, iterations, keyLength, md, callback);
  }
  return pbkdf2Sync(Buffer.from(password, 'latin1'), Buffer.from(salt, 'latin1'), iterations, keyLength, digest).toString('latin1');
};

/** RFC 7292 B.2, step by step as forge does it, with each hash native. */
const nativePkcs12Kdf: Pkcs12Kdf = (password, salt, id, iterations, length, md) => {
  const digest = NODE_DIGEST[md?.algorithm ?? 'sha1'];
  if (digest === undefined || !(iterations >= 1)) return forgePkcs12Kdf(password, salt, id, iterations, length, md);
  const u = md?.digestLength ?? 20;
  const v = md?.blockLength ?? 64;
  // The passphrase as big-endian UTF-16 with a closing zero (none at all for a missing one).
  const pass = password === null || password === undefined ? Buffer.alloc(0) : Buffer.alloc(2 * password.length + 2);
  for (let i = 0; i < (password?.length ?? 0); i++) pass.writeUInt16BE(password?.charCodeAt(i) ?? 0, 2 * i);
  const saltBytes = Buffer.from(salt.bytes(), 'latin1');
  const I = Buffer.concat([repeated(saltBytes, v * Math.ceil(saltBytes.length / v)), repeated(pass, v * Math.ceil(pass.length / v))]);
  const D = Buffer.alloc(v, id);
  const blocks: Buffer[] = [];
  for (let produced = 0; produced < length; produced += u) {
    let A = createHash(digest).update(D).update(I).digest();
    for (let round = 1; round < iterations; round++) A = createHash(digest).update(A).digest();
    const B = repeated(A, v);
    // Each v-byte block of I becomes (block + B + 1) mod 2^(8v).
    for (let start = 0; start < I.length; start += v) {
      let carry = 1;
      for (let l = v - 1; l >= 0; l--) {
        const sum = (I[start + l] ?? 0) + (B[l] ?? 0) + carry;
        I[start + l] = sum & 0xff;
        carry = sum >> 8;
      }
    }
    blocks.push(A);
  }
  return forge.util.createBuffer(Buffer.concat(blocks).subarray(0, length).toString('latin1'));
};
kdfs.pkcs5.pbkdf2 = nativePbkdf2;
kdfs.pki.pbe.generatePkcs12Key = nativePkcs12Kdf;
// pkcs12.js took its own reference to the function when it loaded.
kdfs.pkcs12.generateKey = nativePkcs12Kdf;

/** `bytes` repeated (the last copy cut short) to `length` bytes; empty for empty bytes. */
function repeated(bytes: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = bytes[i % bytes.length] ?? 0;
  return out;
}

/** Both versions of each derivation, for the test that holds the native ones to forge's bytes. */
export const forgeKdfs = { native: { pbkdf2: nativePbkdf2, pkcs12: nativePkcs12Kdf }, javaScript: { pbkdf2: forgePbkdf2, pkcs12: forgePkcs12Kdf } } as const;
