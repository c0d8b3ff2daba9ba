/**
 * The few byte operations the verifier needs, on plain Uint8Array: the same code runs in Node and
 * in a browser, where there is no Buffer.
 */

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Each byte as one character U+0000–U+00FF, so string offsets are byte offsets (TextDecoder's 'latin1' is windows-1252). */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  // In chunks: fromCharCode takes its bytes as arguments, and a 20 MB file is too many.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

/** Hex digits (even count, already checked by the caller) to bytes. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Base64 (no line breaks) of bytes, with `btoa`, which Node and browsers both have. */
export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(latin1(bytes));
}

/** Base64 (no line breaks) to bytes; throws on anything that is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
