/**
 * SHA-256 as lowercase hex, from Node's native hash: ~8× faster than a JavaScript one on the
 * answers of one evaluation, and `evaluate` hashes the answers every time (bench target 50,000/s).
 * One-shot `hash` where this Node has it (20.12 and later): it skips the Hash object that
 * `createHash` builds for each call. The browser build replaces this file with
 * `sha256-browser.ts` (see src/web/browser-build.ts); a test checks that both give the same digests.
 */
import * as crypto from 'node:crypto';

const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}
