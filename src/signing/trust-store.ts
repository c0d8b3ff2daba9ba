import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { ioError, userError } from '../problems/errors.js';

/**
 * The CAs a verifier trusts: every PEM certificate in the files of a folder (`*.pem`, `*.crt`),
 * as DER. A file without a readable certificate is an error, not silently skipped.
 */
export function readTrustedCertificates(dir: string, label: string = dir): Uint8Array[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.(pem|crt)$/i.test(n)).sort();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw ioError('file-not-found', { path: label }, label);
    throw ioError('file-unreadable', { path: label, reason: code }, label);
  }
  if (names.length === 0) throw userError('verify-trust-empty', { path: label }, { file: label }, 2);
  return names.flatMap((name) => {
    const text = readFileSync(join(dir, name), 'latin1');
    const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) => Buffer.from(m[1] ?? '', 'base64'));
    try {
      if (blocks.length === 0) throw new Error('no certificate');
      for (const der of blocks) new X509Certificate(der);
    } catch {
      throw userError('verify-trust-unreadable', { path: join(label, name) }, { file: join(label, name) }, 2);
    }
    return blocks.map((der) => new Uint8Array(der));
  });
}
