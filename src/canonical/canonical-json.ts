import { createHash } from 'node:crypto';
import serialize from 'canonicalize';

/**
 * RFC 8785 canonical JSON: sorted keys, no whitespace, fixed number format. Hashes and signatures
 * are taken over these bytes so that key order or formatting never changes them.
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of the canonical JSON, as lowercase hex. */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
