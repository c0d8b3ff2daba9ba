/**
 * The self-check kept on the device, only when the user asks: encrypted with AES-GCM under a key
 * derived from a passphrase (PBKDF2-SHA-256), in localStorage. Encrypted because every page opened
 * from `file://` shares one origin: any local HTML file could read plain storage. The key stays in
 * memory (non-extractable) for the session; each save has a fresh IV.
 */
import type { FlowAnswers } from '../../flow/flow-answers.js';
import type { SavedDefinitions } from '../../flow/saved-answers.js';
import { base64ToBytes, bytesToBase64 } from '../../signing/bytes.js';

export const STORE_KEY = 'pkvw-light/zelfcheck';
const STORE_FORMAT = 'pkvw-light/web-store@1';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slows guessing a weak passphrase from a copied store. */
const ITERATIONS = 600_000;
export const MIN_PASSPHRASE = 10;

interface StoredEnvelope {
  format: typeof STORE_FORMAT;
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

/**
 * What is encrypted: the flow, the catalogue it was answered against (its hash absent in a store
 * kept by an older page), and what each saved answer and claim meant (`savedDefinitions`, as a state
 * file keeps them; absent in a store kept by an older page).
 */
export interface StoredCheck {
  catalogue: { id: string; version: string; hash?: string };
  flow: FlowAnswers;
  definitions?: SavedDefinitions;
}

export interface DeviceKey {
  key: CryptoKey;
  salt: Uint8Array;
  iterations: number;
}

export function hasStoredCheck(storage: Storage): boolean {
  return storage.getItem(STORE_KEY) !== null;
}

export function wipeStoredCheck(storage: Storage): void {
  storage.removeItem(STORE_KEY);
}

/** A new key for a first save. */
export async function newDeviceKey(passphrase: string): Promise<DeviceKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { key: await deriveKey(passphrase, salt, ITERATIONS), salt, iterations: ITERATIONS };
}

export async function saveCheck(storage: Storage, deviceKey: DeviceKey, check: StoredCheck): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(check));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, deviceKey.key, plain));
  const envelope: StoredEnvelope = { format: STORE_FORMAT, iterations: deviceKey.iterations, salt: bytesToBase64(deviceKey.salt), iv: bytesToBase64(iv), data: bytesToBase64(data) };
  storage.setItem(STORE_KEY, JSON.stringify(envelope));
}

export type OpenResult = { kind: 'opened'; check: StoredCheck; deviceKey: DeviceKey } | { kind: 'wrong-passphrase' } | { kind: 'unreadable' };

/** Decrypts the kept check. A wrong passphrase fails AES-GCM's authentication; anything malformed is 'unreadable'. */
export async function openCheck(storage: Storage, passphrase: string): Promise<OpenResult> {
  let envelope: StoredEnvelope;
  try {
    envelope = JSON.parse(storage.getItem(STORE_KEY) ?? '') as StoredEnvelope;
    if (envelope.format !== STORE_FORMAT || !Number.isInteger(envelope.iterations) || envelope.iterations < 100_000 || envelope.iterations > 10_000_000) return { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
  let salt: Uint8Array, iv: Uint8Array, data: Uint8Array;
  try {
    [salt, iv, data] = [base64ToBytes(envelope.salt), base64ToBytes(envelope.iv), base64ToBytes(envelope.data)];
  } catch {
    return { kind: 'unreadable' };
  }
  const key = await deriveKey(passphrase, salt, envelope.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, data as Uint8Array<ArrayBuffer>);
  } catch {
    return { kind: 'wrong-passphrase' };
  }
  try {
    const check = JSON.parse(new TextDecoder().decode(plain)) as StoredCheck;
    if (typeof check.catalogue?.id !== 'string' || typeof check.flow?.values !== 'object') return { kind: 'unreadable' };
    if (check.definitions !== undefined && !isHashRecord(check.definitions)) return { kind: 'unreadable' };
    return { kind: 'opened', check, deviceKey: { key, salt, iterations: envelope.iterations } };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** What `savedDefinitions` writes: a plain object of texts. */
function isHashRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((hash) => typeof hash === 'string');
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
