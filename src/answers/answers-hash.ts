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
    const json = canonicalAnswersJson(answers);
    hash = json === undefined ? canonicalHash(answers) : sha256Hex(json);
    hashes.set(answers, hash);
  }
  return hash;
}

/** The members of `Answers` in RFC 8785 order (UTF-16 code units), so they need no sorting. */
const MEMBERS = ['advice', 'answers', 'catalogue', 'date', 'exceptions', 'inspection', 'kind', 'refusals', 'subject'] as const;
const KNOWN_MEMBERS: ReadonlySet<string> = new Set(MEMBERS);

/**
 * `canonicalJson(answers)`, written member by member: the shape of answers is known, and the
 * question ids, the only keys that vary, are put in order once per catalogue instead of sorted for
 * every hash. Returns undefined for anything of another shape, which the generic writer then takes.
 */
export function canonicalAnswersJson(answers: Answers): string | undefined {
  for (const key in answers) if (!KNOWN_MEMBERS.has(key)) return undefined;
  const given = givenAnswersJson(answers);
  if (given === undefined) return undefined;
  const parts: string[] = [];
  for (const member of MEMBERS) {
    const value = member === 'answers' ? given : answers[member] === undefined ? undefined : canonicalJson(answers[member]);
    if (value !== undefined) parts.push('"' + member + '":' + value);
  }
  // One flat string for the hash (see membersInOrder).
  return '{' + parts.join(',') + '}';
}

/**
 * Question ids in canonical order, per catalogue id and version; grown when answers name an id not
 * seen yet. With each id, the canonical JSON of the answers it has had: most answers are one of a
 * few booleans or options, so writing the answers is mostly joining strings already written.
 */
interface OrderedId {
  id: string;
  /** `"id":{"evidence":`, the start of every answer to this id. */
  prefix: string;
  /**
   * By evidence, then value: the whole member. Nested maps rather than one joined key, since a
   * joined key would be a new string to hash at every lookup. Bounded: a string answer can be anything.
   */
  members: Map<string, Map<AnswerValue, string>>;
  /** Yes/no answers, the most common, in an array instead: by evidence level (0-2) times two, plus one for yes. */
  booleans: (string | undefined)[];
}
interface Order {
  entries: OrderedId[];
  position: Map<string, number>;
}
const orders = new Map<string, Order>();
const MAX_ORDERS = 64;
const MAX_MEMBERS_PER_ID = 32;

function givenAnswersJson(answers: Answers): string | undefined {
  const given = answers.answers;
  const key = `${answers.catalogue.id}\u0000${answers.catalogue.version}`;
  let order = orders.get(key);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (order) {
      const text = membersInOrder(given, order);
      if (text !== undefined) return text;
    }
    // An id not in the known order (or the first hash for this catalogue): put every id in order again.
    // Only ids that need no escaping go into an order, so the loop below can write them as they are.
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
 * The given answers as canonical JSON, following `order`; undefined if `order` misses an id or an
 * answer has another shape. Walks the answers' own keys (an object with this many keys is a hash
 * table to V8, where looking ids up or a for-in costs more than the rest together).
 */
function membersInOrder(given: Readonly<Record<string, GivenAnswer>>, order: Order): string | undefined {
  const placed: (string | undefined)[] = new Array<string | undefined>(order.entries.length);
  for (const id of Object.keys(given)) {
    const at = order.position.get(id);
    const entry = at === undefined ? undefined : order.entries[at];
    const answer = given[id];
    if (entry === undefined || at === undefined || answer === undefined || !isPlainGiven(answer)) return undefined;
    const value = answer.value;
    const slot = typeof value === 'boolean' ? evidenceSlot(answer.evidence) : -1;
    // Scalars only: an array is a new object every time, so it cannot be looked up.
    const scalar = typeof value === 'string' || (typeof value === 'boolean' && slot < 0);
    let byValue = scalar ? entry.members.get(answer.evidence) : undefined;
    let member = slot >= 0 ? entry.booleans[slot * 2 + (value ? 1 : 0)] : byValue?.get(value);
    if (member === undefined) {
      const valueJson = typeof value === 'boolean' ? (value ? 'true' : 'false') : typeof value === 'string' ? canonicalString(value) : canonicalJson(value);
      // One flat string (join, not `+`): it is kept and copied into every hash of an answer like it.
      member = [entry.prefix, canonicalString(answer.evidence), ',"value":', valueJson, '}'].join('');
      if (slot >= 0) entry.booleans[slot * 2 + (value ? 1 : 0)] = member;
      else if (scalar) {
        if (byValue === undefined) entry.members.set(answer.evidence, (byValue = new Map()));
        if (byValue.size < MAX_MEMBERS_PER_ID) byValue.set(value, member);
      }
    }
    placed[at] = member;
  }
  // Joined, not appended: `+=` builds a tree of string pieces that hashing must first flatten,
  // which cost more than the hash itself (16 of 21 µs on the bundled catalogue).
  const members: string[] = [];
  for (const member of placed) if (member !== undefined) members.push(member);
  return '{' + members.join(',') + '}';
}

/** The position of an evidence level, or -1 for anything else. */
function evidenceSlot(evidence: string): number {
  return evidence === 'self-declared' ? 0 : evidence === 'document' ? 1 : evidence === 'inspected' ? 2 : -1;
}

/** Exactly `{ evidence, value }`, both defined: the shape whose members are written above without sorting. */
function isPlainGiven(answer: GivenAnswer): boolean {
  return Object.keys(answer).length === 2 && Object.hasOwn(answer, 'evidence') && Object.hasOwn(answer, 'value') && answer.evidence !== undefined && answer.value !== undefined;
}
