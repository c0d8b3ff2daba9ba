import type { AnswerValue } from '../catalogue/catalogue-types.js';
import type { Answers, GivenAnswer } from './answers-types.js';
import { canonicalHash, canonicalJson, canonicalString, sha256Hex } from '../canonical/canonical-json.js';

// Answers are values: built once by validateAnswers/answersFromValues and never mutated, so their
// hash can be kept. The flow and the simulator evaluate the same answers many times over.
const hashes = new WeakMap<Answers, string>();

/** SHA-256 of the canonical JSON of validated answers: what a verdict pins. */
export function answersHash(answers: Answers): string {
  let hash = hashes.get(answers);
  if (hash === undefined) {
    hash = writeCanonicalAnswers(answers) ? sha256Hex(written()) : canonicalHash(answers);
    hashes.set(answers, hash);
  }
  return hash;
}

/** `canonicalJson(answers)` as the hash reads it; undefined for answers of another shape (the generic writer's). */
export function canonicalAnswersJson(answers: Answers): string | undefined {
  return writeCanonicalAnswers(answers) ? decoder.decode(written()) : undefined;
}

/** The members of `Answers` in RFC 8785 order (UTF-16 code units), so they need no sorting. */
const MEMBERS = ['advice', 'answers', 'catalogue', 'date', 'exceptions', 'inspection', 'kind', 'refusals', 'subject'] as const;
const KNOWN_MEMBERS: ReadonlySet<string> = new Set(MEMBERS);
/** `"member":` of each, encoded once. */
const MEMBER_KEYS: readonly Uint8Array[] = MEMBERS.map((member) => new TextEncoder().encode(`"${member}":`));

/**
 * Writes `canonicalJson(answers)` as UTF-8 into the shared buffer, member by member: the shape of
 * answers is known, and the question ids, the only keys that vary, are put in order once per
 * catalogue instead of sorted for every hash. False (nothing usable written) for anything of
 * another shape, which the generic writer then takes.
 */
function writeCanonicalAnswers(answers: Answers): boolean {
  for (const key in answers) if (!KNOWN_MEMBERS.has(key)) return false;
  const placed = placedAnswers(answers);
  if (placed === undefined) return false;
  length = 0;
  writeByte(OPEN);
  let first = true;
  for (let m = 0; m < MEMBERS.length; m++) {
    const member = MEMBERS[m] as (typeof MEMBERS)[number];
    const value = answers[member];
    if (value === undefined) continue;
    if (!first) writeByte(COMMA);
    first = false;
    writeBytes(MEMBER_KEYS[m] as Uint8Array);
    if (member !== 'answers') {
      writeText(canonicalJson(value));
      continue;
    }
    writeByte(OPEN);
    let firstAnswer = true;
    for (const answer of placed) {
      if (answer === undefined) continue;
      if (!firstAnswer) writeByte(COMMA);
      firstAnswer = false;
      if (typeof answer === 'string') writeText(answer);
      else writeBytes(answer);
    }
    writeByte(CLOSE);
  }
  writeByte(CLOSE);
  return true;
}

/**
 * Question ids in canonical order, per catalogue id and version; grown when answers name an id not
 * seen yet. With each id, the UTF-8 bytes of the answers it has had: most answers are one of a few
 * booleans or options, so writing the answers is mostly copying bytes already encoded.
 */
interface OrderedId {
  id: string;
  /** `"id":{"evidence":`, the start of every answer to this id. */
  prefix: string;
  /**
   * By evidence, then value: the whole member. Nested maps rather than one joined key, since a
   * joined key would be a new string to hash at every lookup. Bounded: a string answer can be anything.
   */
  members: Map<string, Map<AnswerValue, Uint8Array>>;
  /** Yes/no answers, the most common, in an array instead: by evidence level (0-2) times two, plus one for yes. */
  booleans: (Uint8Array | undefined)[];
}
interface Order {
  entries: OrderedId[];
  position: Map<string, number>;
}
const orders = new Map<string, Order>();
const MAX_ORDERS = 64;
const MAX_MEMBERS_PER_ID = 32;

/**
 * The member of each given answer, at its id's place in the canonical order: encoded when kept,
 * text when written once; undefined for another shape.
 */
function placedAnswers(answers: Answers): (Uint8Array | string | undefined)[] | undefined {
  const given = answers.answers;
  const key = `${answers.catalogue.id}\u0000${answers.catalogue.version}`;
  let order = orders.get(key);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (order) {
      const placed = membersInOrder(given, order);
      if (placed !== undefined) return placed;
    }
    // An id not in the known order (or the first hash for this catalogue): put every id in order again.
    // Only ids that need no escaping go into an order, so their prefix can be written as they are.
    const ids = Object.keys(given);
    if (ids.some((id) => canonicalString(id) !== `"${id}"`)) return undefined;
    const known = new Map((order?.entries ?? []).map((entry) => [entry.id, entry]));
    const entries = [...new Set([...known.keys(), ...ids])].sort().map((id) => known.get(id) ?? { id, prefix: `"${id}":{"evidence":`, members: new Map(), booleans: [] });
    order = { entries, position: new Map(entries.map((entry, i) => [entry.id, i])) };
    if (orders.size >= MAX_ORDERS) orders.clear();
    orders.set(key, order);
  }
  return undefined;
}

/**
 * The given answers' members by place in `order`; undefined if `order` misses an id or an answer
 * has another shape. Walks the answers' own keys (an object with this many keys is a hash table
 * to V8, where looking every id up costs as much and still needs the keys to find ids not in order).
 */
function membersInOrder(given: Readonly<Record<string, GivenAnswer>>, order: Order): (Uint8Array | string | undefined)[] | undefined {
  const placed = new Array<Uint8Array | string | undefined>(order.entries.length);
  for (const id of Object.keys(given)) {
    const at = order.position.get(id);
    const entry = at === undefined ? undefined : order.entries[at];
    const answer = given[id];
    if (entry === undefined || at === undefined || answer === undefined || !isPlainGiven(answer)) return undefined;
    const value = answer.value;
    const slot = typeof value === 'boolean' ? evidenceSlot(answer.evidence) : -1;
    // Scalars only: an array is a new object every time, so it cannot be looked up.
    const scalar = typeof value === 'string' || typeof value === 'number' || (typeof value === 'boolean' && slot < 0);
    let byValue = scalar ? entry.members.get(answer.evidence) : undefined;
    const kept = slot >= 0 ? entry.booleans[slot * 2 + (value ? 1 : 0)] : byValue?.get(value);
    if (kept !== undefined) {
      placed[at] = kept;
      continue;
    }
    const valueJson = typeof value === 'boolean' ? (value ? 'true' : 'false') : typeof value === 'string' ? canonicalString(value) : canonicalJson(value);
    const text = entry.prefix + canonicalString(answer.evidence) + ',"value":' + valueJson + '}';
    // Encoding costs more than writing the text once: only a member that is kept is encoded.
    if (slot >= 0) placed[at] = entry.booleans[slot * 2 + (value ? 1 : 0)] = encoder.encode(text);
    else if (scalar && (byValue?.size ?? 0) < MAX_MEMBERS_PER_ID) {
      if (byValue === undefined) entry.members.set(answer.evidence, (byValue = new Map()));
      const member = encoder.encode(text);
      byValue.set(value, member);
      placed[at] = member;
    } else placed[at] = text;
  }
  return placed;
}

/** The position of an evidence level, or -1 for anything else. */
function evidenceSlot(evidence: string): number {
  return evidence === 'self-declared' ? 0 : evidence === 'document' ? 1 : evidence === 'inspected' ? 2 : -1;
}

/**
 * Exactly `{ evidence, value }` as own enumerable members, both defined: the shape whose members
 * are written above without sorting. Counted with for-in, which (unlike Object.keys) allocates
 * nothing; an inherited enumerable member makes the count differ and the generic writer take it.
 */
function isPlainGiven(answer: GivenAnswer): boolean {
  let count = 0;
  for (const key in answer) {
    if (key !== 'evidence' && key !== 'value') return false;
    count++;
  }
  return count === 2 && Object.hasOwn(answer, 'evidence') && Object.hasOwn(answer, 'value') && answer.evidence !== undefined && answer.value !== undefined;
}

// The canonical bytes are written into one buffer shared by every hash (hashing is synchronous),
// copied from bytes encoded once, with no joined string to flatten and encode again for the hash.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const COMMA = 0x2c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
let buffer = new Uint8Array(16 * 1024);
let length = 0;

/** What the last write produced: a view that the next write overwrites. */
function written(): Uint8Array {
  return buffer.subarray(0, length);
}

function reserve(extra: number): void {
  if (length + extra <= buffer.length) return;
  const grown = new Uint8Array(Math.max(buffer.length * 2, length + extra));
  grown.set(buffer.subarray(0, length));
  buffer = grown;
}

function writeByte(byte: number): void {
  reserve(1);
  buffer[length++] = byte;
}

function writeBytes(bytes: Uint8Array): void {
  reserve(bytes.length);
  buffer.set(bytes, length);
  length += bytes.length;
}

/** UTF-8 takes at most three bytes per UTF-16 code unit. */
function writeText(text: string): void {
  reserve(text.length * 3);
  // ASCII byte by byte: for the short texts written here, cheaper than a call into the encoder.
  const start = length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      length = start + encoder.encodeInto(text, buffer.subarray(start)).written;
      return;
    }
    buffer[length++] = code;
  }
}
