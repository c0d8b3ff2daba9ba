/**
 * SHA-256 as lowercase hex for the browser build, where `node:crypto` does not exist and WebCrypto
 * hashes only asynchronously. @noble/hashes: audited, dependency-free, synchronous.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}
