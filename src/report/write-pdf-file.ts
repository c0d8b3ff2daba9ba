import { chmodSync, writeFileSync } from 'node:fs';
import { ioError } from '../problems/errors.js';

/**
 * Writes a finished PDF. A report tells how a home is secured, so only its owner may read it (0600);
 * a certificate is made to be shown (0644).
 */
export function writePdfFile(path: string, bytes: Uint8Array, access: 'private' | 'shared', label: string = path): void {
  const mode = access === 'private' ? 0o600 : 0o644;
  try {
    writeFileSync(path, bytes, { mode });
    // An existing file keeps its mode on write: set it explicitly.
    chmodSync(path, mode);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
    throw ioError('file-unwritable', { path: label, reason }, label);
  }
}
