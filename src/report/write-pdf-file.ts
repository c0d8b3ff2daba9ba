import { writeFileAtomically } from '../files/write-file-atomically.js';

/**
 * Writes a finished PDF. A report tells how a home is secured, so only its owner may read it (0600);
 * a certificate is made to be shown (0644).
 */
export function writePdfFile(path: string, bytes: Uint8Array, access: 'private' | 'shared', label: string = path): void {
  writeFileAtomically(path, bytes, { label, access });
}
