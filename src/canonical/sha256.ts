/**
 * SHA-256 as lowercase hex, from Node's native hash: ~8× faster than a JavaScript one on the
 * answers of one evaluation, and `evaluate` hashes the answers every time (bench target 50,000/s).
 * The browser build replaces this file with `sha256-browser.ts` (see src/web/browser-build.ts);
 * a test checks that both give the same digests.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
