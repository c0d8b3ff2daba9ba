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
  let text = '{';
  for (const member of MEMBERS) {
    const value = member === 'answers' ? given : answers[member] === undefined ? undefined : canonicalJson(answers[member]);
    if (value === undefined) continue;
    text += (text === '{' ? '"' : ',"') + member + '":' + value;
  }
  return text + '}';
}

/** Question ids in canonical order, per catalogue id and version; grown when answers name an id not seen yet. */
const orders = new Map<string, string[]>();
const MAX_ORDERS = 64;

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
    order = [...new Set([...(order ?? []), ...ids])].sort();
    if (orders.size >= MAX_ORDERS) orders.clear();
    orders.set(key, order);
  }
  return undefined;
}

/** The given answers as canonical JSON, following `order`; undefined if `order` misses an id or an answer has another shape. */
function membersInOrder(given: Readonly<Record<string, GivenAnswer>>, order: readonly string[]): string | undefined {
  let text = '{';
  let written = 0;
  for (const id of order) {
    if (!Object.hasOwn(given, id)) continue;
    const answer = given[id];
    if (answer === undefined || !isPlainGiven(answer)) return undefined;
    const value = answer.value;
    const valueJson = typeof value === 'boolean' ? (value ? 'true' : 'false') : typeof value === 'string' ? canonicalString(value) : canonicalJson(value);
    text += (written === 0 ? '"' : ',"') + id + '":{"evidence":' + canonicalString(answer.evidence) + ',"value":' + valueJson + '}';
    written++;
  }
  return written === Object.keys(given).length ? text + '}' : undefined;
}

/** Exactly `{ evidence, value }`, both defined: the shape whose members are written above without sorting. */
function isPlainGiven(answer: GivenAnswer): boolean {
  let count = 0;
  for (const key in answer) {
    if (key !== 'evidence' && key !== 'value') return false;
    count++;
  }
  return count === 2 && answer.evidence !== undefined && answer.value !== undefined;
}
