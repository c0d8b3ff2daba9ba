import { EVIDENCE_LEVELS, type AnswerValue } from '../catalogue/catalogue-types.js';
import type { Answers, GivenAnswer } from './answers-types.js';
import { canonicalHash, canonicalJson, canonicalString, sha256Hex } from '../canonical/canonical-json.js';
import { sealedGiven, yesNoSlot } from './sealed-answers.js';

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
const MEMBER_AT: ReadonlyMap<string, number> = new Map(MEMBERS.map((member, m) => [member, m]));
const ANSWERS_AT = MEMBERS.indexOf('answers');
/** `"member":` of each, encoded once. */
const MEMBER_KEYS: readonly Uint8Array[] = MEMBERS.map((member) => new TextEncoder().encode(`"${member}":`));

/**
 * Writes `canonicalJson(answers)` as UTF-8 into the shared buffer, member by member: the shape of
 * answers is known, and the question ids, the only keys that vary, are put in order once per
 * catalogue instead of sorted for every hash. False (nothing usable written) for anything of
 * another shape, which the generic writer then takes.
 */
function writeCanonicalAnswers(answers: Answers): boolean {
  const members = membersOf(answers);
  if (members < 0) return false;
  const placed = placedAnswers(answers);
  if (placed === undefined) return false;
  writeHead(answers, members);
  for (const answer of placed) {
    if (answer === undefined) continue;
    writeComma();
    writeMember(answer);
  }
  writeTail(answers, members);
  return true;
}

/**
 * The members canonical JSON writes of `answers`, one bit per place in `MEMBERS`: its own
 * enumerable keys, as `Object.keys` has them. -1 for another shape: a key of its own, an inherited
 * enumerable one (which canonical JSON leaves out) or a `toJSON` (which it calls). A sealed record
 * (`sealedRecord`) is known to be a plain object: its `toJSON` is not looked up, which on a record
 * this size (a hash table to V8) is a slow look-up that misses twice.
 */
function membersOf(answers: Answers, sealedRecord = false): number {
  let members = 0;
  for (const key in answers) {
    const m = MEMBER_AT.get(key);
    if (m === undefined || !Object.hasOwn(answers, key)) return -1;
    members |= 1 << m;
  }
  const record: unknown = answers.answers;
  const plainRecord = sealedRecord || (typeof record === 'object' && record !== null && !Array.isArray(record) && !hasToJson(record));
  return (members & (1 << ANSWERS_AT)) !== 0 && plainRecord && !hasToJson(answers) ? members : -1;
}

/** Whether canonical JSON would write what its `toJSON` returns instead (it calls one that is a function). */
function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** `{`, the members before the answers and `"answers":{`: the given answers come next, then `writeTail`. */
function writeHead(answers: Answers, members: number): void {
  length = base;
  writeByte(OPEN);
  writeMembers(answers, members, 0, ANSWERS_AT);
  writeComma();
  writeBytes(MEMBER_KEYS[ANSWERS_AT] as Uint8Array);
  writeByte(OPEN);
}

/** `}`, the members after the answers (as one of the last few tails when they are the same) and `}`. */
function writeTail(answers: Answers, members: number): void {
  writeByte(CLOSE);
  const kept = keptTail(answers, members);
  if (kept) writeBytes(kept.bytes);
  else {
    const start = length;
    writeMembers(answers, members, ANSWERS_AT + 1, MEMBERS.length);
    keepTail(answers, members, start);
  }
  writeByte(CLOSE);
}

/**
 * The members after the answers as written for one of the last few answer sets, with what they were
 * written from: answer sets mostly share them (a catalogue, a date, a kind, a subject's role), and
 * comparing them costs less than writing them member by member (1.5 µs of the 12 a hash took beside
 * evaluate, session 10). Each member is kept as the text it was, `EMPTY_LIST`, a flat plain object's
 * keys and values, or undefined; a tail with any other member is written every time. After a `}`, so
 * its bytes start with the comma whatever came before.
 */
interface Tail {
  members: number;
  from: (string | typeof EMPTY_LIST | FlatKeys | undefined)[];
  bytes: Uint8Array;
}
const EMPTY_LIST: object = Object.freeze({});
const keptTails: Tail[] = [];
/** Bounded: a subject can be anything. */
const MAX_TAILS = 16;

function keptTail(answers: Answers, members: number): Tail | undefined {
  for (let t = 0; t < keptTails.length; t++) {
    const tail = keptTails[t] as Tail;
    if (sameTail(answers, members, tail)) return tail;
  }
  return undefined;
}

function sameTail(answers: Answers, members: number, tail: Tail): boolean {
  if (tail.members !== members) return false;
  let k = 0;
  for (let m = ANSWERS_AT + 1; m < MEMBERS.length; m++) {
    if ((members & (1 << m)) === 0) continue;
    const value: unknown = answers[MEMBERS[m] as (typeof MEMBERS)[number]];
    const kept = tail.from[k++];
    if (typeof value === 'string' || value === undefined) {
      if (value !== kept) return false;
    } else if (Array.isArray(value)) {
      if (value.length !== 0 || kept !== EMPTY_LIST) return false;
    } else if (typeof value !== 'object' || value === null || typeof kept !== 'object' || kept === EMPTY_LIST || !sameFlat(value, kept as FlatKeys)) return false;
  }
  return true;
}

/** Keeps the tail just written from `start` when each of its members can be compared so. */
function keepTail(answers: Answers, members: number, start: number): void {
  const from: Tail['from'] = [];
  for (let m = ANSWERS_AT + 1; m < MEMBERS.length; m++) {
    if ((members & (1 << m)) === 0) continue;
    const value: unknown = answers[MEMBERS[m] as (typeof MEMBERS)[number]];
    if (typeof value === 'string' || value === undefined) from.push(value);
    else if (Array.isArray(value) && value.length === 0) from.push(EMPTY_LIST);
    else {
      const flat = typeof value === 'object' && value !== null && !Array.isArray(value) ? flatOf(value) : undefined;
      if (flat === undefined) return;
      from.push(flat);
    }
  }
  if (keptTails.length >= MAX_TAILS) keptTails.shift();
  keptTails.push({ members, from, bytes: buffer.slice(start, length) });
}

/**
 * The members from place `from` up to `to`: the common ones written without a string of their own:
 * a text as it is (no escaping, no surrogates: plain ASCII), an empty list as `[]`; anything else
 * as canonical JSON. Undefined ones are left out, as canonical JSON does.
 */
function writeMembers(answers: Answers, members: number, from: number, to: number): void {
  for (let m = from; m < to; m++) {
    if ((members & (1 << m)) === 0) continue;
    const value: unknown = answers[MEMBERS[m] as (typeof MEMBERS)[number]];
    if (value === undefined) continue;
    writeComma();
    writeBytes(MEMBER_KEYS[m] as Uint8Array);
    if (typeof value === 'string' && isPlainAscii(value)) writeQuoted(value);
    else if (Array.isArray(value) && value.length === 0) writeEmptyList();
    else if (typeof value === 'object' && value !== null) writeFlat(m, value);
    else writeText(canonicalJson(value));
  }
}

/**
 * A member that is an object: as one of the last few written at that place when it is a plain
 * object of the same texts, numbers or yes/no in the same order (the catalogue and the subject's
 * role take a few values from one answer set to the next: the simulator's cases cycle through
 * the roles), else as canonical JSON, kept for the next.
 */
function writeFlat(m: number, value: object): void {
  const kept = (keptFlats[m] ??= []);
  for (let k = 0; k < kept.length; k++) {
    const flat = kept[k] as Flat;
    if (!sameFlat(value, flat)) continue;
    writeBytes(flat.bytes);
    return;
  }
  const text = canonicalJson(value);
  writeText(text);
  const flat = flatOf(value);
  if (flat === undefined) return;
  if (kept.length >= MAX_FLATS) kept.shift();
  kept.push({ ...flat, bytes: encoder.encode(text) });
}

/** A plain object's own keys and values when each value is a text, number, yes/no or undefined (what `sameFlat` compares); undefined otherwise. */
function flatOf(value: object): FlatKeys | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' || typeof item === 'function' || !Object.hasOwn(value, key)) return undefined;
    keys.push(key);
    values.push(item);
  }
  return { keys, values };
}

interface FlatKeys {
  keys: string[];
  values: unknown[];
}
interface Flat extends FlatKeys {
  bytes: Uint8Array;
}
/** By place in `MEMBERS`. Bounded: a subject can be anything. */
const keptFlats: Flat[][] = [];
const MAX_FLATS = 16;

function sameFlat(value: object, kept: FlatKeys): boolean {
  if (!isPlainObject(value)) return false;
  let i = 0;
  for (const key in value) {
    if (key !== kept.keys[i] || (value as Record<string, unknown>)[key] !== kept.values[i]) return false;
    i++;
  }
  return i === kept.keys.length;
}

/** Its prototype is Object's and it has no `toJSON` (which canonical JSON would call): its enumerable keys are what JSON writes. */
function isPlainObject(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype && (value as { toJSON?: unknown }).toJSON === undefined;
}

/**
 * The hash as `evaluate` takes it: the given answers already looked up by question position, and
 * those positions put in canonical order once per catalogue (`hashOrder`), so no key is looked up
 * or sorted again. The answers record must hold exactly the given answers (no id outside the
 * order, none left undefined); anything else takes `answersHash`, byte for byte the same.
 * Not kept per answer set: every caller of `evaluate` builds its answers anew (the flow, its
 * trials, the simulator), so keeping would only cost.
 */
export function answersHashAt(answers: Answers, order: HashOrder | undefined, given: readonly (GivenAnswer | undefined)[]): string {
  if (order === undefined) return answersHash(answers);
  // Written into the order's own buffer, after its pool: members are copied within one buffer.
  const shared = buffer;
  buffer = order.bytes;
  base = order.poolLength;
  let hash: string | undefined;
  try {
    if (writeAt(answers, order, given)) hash = sha256Hex(written());
  } finally {
    order.bytes = buffer;
    buffer = shared;
    base = 0;
  }
  return hash ?? answersHash(answers);
}

/** Question positions in canonical order, with what `answersHashAt` writes for each. */
export interface HashOrder {
  /** The ids it was made for (an evaluation's question ids): what sealed answers are matched against. */
  source: readonly string[];
  /** The ids by position, as the given answers are, as property keys. */
  ids: readonly string[];
  /** Positions in canonical (UTF-16) order of their ids. */
  sorted: Int32Array;
  /** By position. */
  entries: OrderedId[];
  position: ReadonlyMap<string, number>;
  /**
   * Every yes/no member, `,"id":{"evidence":"level","value":true}`, and every member of a choice's
   * option at each evidence level, encoded once into one pool at the start of the buffer the hash is
   * written into: most answers are yes/no or a choice, and copying them within that buffer
   * (`copyWithin`) reads no object per answer. Per-id arrays, and then views into the pool, were
   * objects scattered on the heap, missed in the cache when evaluate had run in between, so their
   * copies cost more per answer as the catalogue grew. Yes/no by slot (`YES_NO`'s), then canonical
   * place: the walk in canonical order reads each slot's run forwards. The choices after them.
   */
  bytes: Uint8Array;
  /** Where the pool ends in `bytes` and the canonical answers start. */
  poolLength: number;
  /**
   * Where each member starts in the pool; it ends where the next starts. The yes/no member of slot
   * s for the id at canonical place i at `[s * ids + i]`; a choice's after those (`choiceStart`).
   */
  memberAt: Int32Array;
  /** By canonical place: the options of a choice question, whose members are in the pool; undefined for any other. */
  choices: (readonly AnswerValue[] | undefined)[];
  /** By canonical place: where in `memberAt` its choice members start (evidence level times options, plus the option); -1 for none. */
  choiceStart: Int32Array;
  /** The most bytes the pool's members of one answer set can take. */
  poolMost: number;
}

/**
 * The order for these ids (distinct); undefined when one needs escaping (then only the generic
 * writer is exact). `options`, by position of `ids`: a choice question's options, whose members
 * then come from the pool too (only texts and numbers, each once).
 */
export function hashOrder(ids: readonly string[], options: readonly (readonly AnswerValue[] | undefined)[] = []): HashOrder | undefined {
  if (ids.some((id) => canonicalString(id) !== `"${id}"`)) return undefined;
  // As property keys: the keys of an answers record are the same strings, so comparing them is
  // comparing pointers. One id per object: the keys of one object of all of them put an id that
  // reads as an array index ("0") first, and so out of its position.
  const keys = ids.map((id) => Object.keys({ [id]: true })[0] as string);
  const sorted = Int32Array.from(ids.map((_, i) => i).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1)));
  const members: Uint8Array[] = [];
  const most = new Int32Array(sorted.length);
  const add = (i: number, text: string) => {
    const member = encoder.encode(text);
    members.push(member);
    most[i] = Math.max(most[i] as number, member.length);
  };
  EVIDENCE_LEVELS.forEach((evidence) => {
    // In `YES_NO`'s order: by evidence level, no before yes.
    for (const yes of [false, true]) sorted.forEach((at, i) => add(i, `,"${ids[at] as string}":{"evidence":"${evidence}","value":${yes ? 'true' : 'false'}}`));
  });
  const choices = Array.from(sorted, (at) => poolOptions(options[at]));
  const choiceStart = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((at, i) => {
    const choice = choices[i];
    if (choice === undefined) return;
    choiceStart[i] = members.length;
    for (const evidence of EVIDENCE_LEVELS) for (const option of choice) add(i, `,"${ids[at] as string}":{"evidence":"${evidence}","value":${canonicalJson(option) as string}}`);
  });
  const poolMost = most.reduce((sum, m) => sum + m, 0);
  const memberAt = new Int32Array(members.length + 1);
  members.forEach((member, k) => (memberAt[k + 1] = (memberAt[k] as number) + member.length));
  const poolLength = memberAt[members.length] as number;
  const bytes = new Uint8Array(poolLength + 16 * 1024);
  members.forEach((member, k) => bytes.set(member, memberAt[k]));
  return { source: ids, ids: keys, sorted, entries: keys.map(orderedId), position: new Map(keys.map((id, i) => [id, i])), bytes, poolLength, memberAt, choices, choiceStart, poolMost };
}

/** Options whose members the pool can hold: texts and finite numbers, none twice (an answer is matched to its option by ===). */
function poolOptions(options: readonly AnswerValue[] | undefined): readonly AnswerValue[] | undefined {
  if (options === undefined || options.length === 0) return undefined;
  const plain = options.every((o) => typeof o === 'string' || (typeof o === 'number' && Number.isFinite(o)));
  return plain && new Set(options).size === options.length ? options : undefined;
}

/** The pool member of a choice answer at canonical place i (`isPlainGiven` holds for it, or it is sealed): -1 when its value is not an option or its evidence not a level. */
function choiceMember(order: HashOrder, i: number, answer: GivenAnswer): number {
  const options = order.choices[i];
  if (options === undefined) return -1;
  const evidence = evidenceSlot(answer.evidence);
  if (evidence < 0) return -1;
  const { value } = answer;
  for (let o = 0; o < options.length; o++) if (options[o] === value) return (order.choiceStart[i] as number) + evidence * options.length + o;
  return -1;
}

function writeAt(answers: Answers, order: HashOrder, given: readonly (GivenAnswer | undefined)[]): boolean {
  // Sealed where it was built, the record is a frozen plain object holding exactly these answers,
  // each a frozen plain `{ value, evidence }`: nothing left to check but a `toJSON` they could only
  // inherit from Object (an own `toJSON` would be an answer, not a function).
  const sealed = sealedGiven(answers.answers, order.source) === given && !hasToJson(Object.prototype);
  const members = membersOf(answers, sealed);
  if (members < 0) return false;
  if (!sealed && !holdsExactly(answers.answers, order, given)) return false;
  writeHead(answers, members);
  const { sorted, entries, memberAt, poolMost } = order;
  // Every member is written with its comma; the first one's lands on the `{` just written, put back after.
  const open = length - 1;
  reserve(poolMost);
  let out = buffer;
  let n = open;
  // The pool bytes not copied yet: a run of members next to each other in the pool.
  let runFrom = 0;
  let runTo = 0;
  const count = sorted.length;
  for (let i = 0; i < count; i++) {
    const at = sorted[i] as number;
    const answer = given[at];
    if (answer === undefined) continue;
    let slot: number;
    if (sealed) slot = yesNoSlot(answer);
    else if (isPlainGiven(answer)) slot = typeof answer.value === 'boolean' ? evidenceSlot(answer.evidence) * 2 + (answer.value ? 1 : 0) : -1;
    else return false;
    const member = slot >= 0 ? slot * count + i : choiceMember(order, i, answer);
    if (member >= 0) {
      const from = memberAt[member] as number;
      // The same slot at the next place is next in the pool: answers in a row alike are one copy.
      // Room reserved above. (A byte loop copying from the pool measured 5× slower.)
      if (from !== runTo) {
        if (runTo > runFrom) out.copyWithin(n, runFrom, runTo);
        n += runTo - runFrom;
        runFrom = from;
      }
      runTo = memberAt[member + 1] as number;
      continue;
    }
    if (runTo > runFrom) out.copyWithin(n, runFrom, runTo);
    n += runTo - runFrom;
    runFrom = runTo = 0;
    length = n;
    writeByte(COMMA);
    if (!writeGiven(entries[at] as OrderedId, answer)) return false;
    reserve(poolMost);
    out = buffer;
    n = length;
  }
  if (runTo > runFrom) out.copyWithin(n, runFrom, runTo);
  n += runTo - runFrom;
  out[open] = OPEN;
  length = n === open ? open + 1 : n;
  writeTail(answers, members);
  return true;
}

/**
 * Whether the record's own enumerable keys (what canonical JSON writes) are exactly the ids whose
 * answer is given. Keys in the order's own order (as `answersFromValues` writes them) are checked
 * pairwise; any other order by position.
 */
function holdsExactly(record: Readonly<Record<string, GivenAnswer>>, order: HashOrder, given: readonly (GivenAnswer | undefined)[]): boolean {
  const keys = Object.keys(record);
  const { ids } = order;
  let k = 0;
  let inOrder = true;
  for (let p = 0; p < ids.length; p++) {
    if (given[p] === undefined) continue;
    if (inOrder && keys[k] !== ids[p]) inOrder = false;
    k++;
  }
  if (k !== keys.length) return false;
  if (inOrder) return true;
  // The keys are distinct: as many as the given answers, each at a given one's position, is exactly those.
  for (const key of keys) {
    const at = order.position.get(key);
    if (at === undefined || given[at] === undefined) return false;
  }
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
  /** Yes/no answers, the most common: by evidence level (0-2) times two, plus one for yes. */
  booleans: (Uint8Array | undefined)[];
  /** Texts and numbers by evidence level, then value. Bounded: a text answer can be anything. */
  scalars: (Map<string | number, Uint8Array> | undefined)[];
  /** A list's start, up to its `[`, by evidence level. */
  lists: (Uint8Array | undefined)[];
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
    const entries = [...new Set([...known.keys(), ...ids])].sort().map((id) => known.get(id) ?? orderedId(id));
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
    const member = entry === undefined || answer === undefined || !isPlainGiven(answer) ? undefined : memberOf(entry, answer);
    if (at === undefined || member === undefined) return undefined;
    placed[at] = member;
  }
  return placed;
}

/**
 * Writes one given answer's member (`isPlainGiven` holds for it) but a yes/no at an evidence level
 * (written from the order's pool); false for another shape. A list
 * of plain texts (the options of a multi question) is written item by item, not joined into a text
 * of its own first.
 */
function writeGiven(entry: OrderedId, answer: GivenAnswer): boolean {
  const { value } = answer;
  if (Array.isArray(value) && allPlainTexts(value)) {
    const slot = evidenceSlot(answer.evidence);
    if (slot >= 0) {
      writeBytes((entry.lists[slot] ??= encoder.encode(memberText(entry, slot, '['))));
      for (let i = 0; i < value.length; i++) {
        if (i > 0) writeByte(COMMA);
        writeQuoted(value[i] as string);
      }
      writeByte(0x5d);
      writeByte(CLOSE);
      return true;
    }
  }
  const member = memberOf(entry, answer);
  if (member === undefined) return false;
  writeMember(member);
  return true;
}

function orderedId(id: string): OrderedId {
  return { id, prefix: `"${id}":{"evidence":`, booleans: [], scalars: [], lists: [] };
}

/**
 * One given answer (`isPlainGiven` holds for it) as its member of the canonical answers: encoded
 * when kept, text when written once; undefined for another shape (evidence that is not a level,
 * a value canonical JSON leaves out).
 */
function memberOf(entry: OrderedId, answer: GivenAnswer): Uint8Array | string | undefined {
  const { value } = answer;
  const slot = evidenceSlot(answer.evidence);
  if (slot < 0) return undefined;
  if (typeof value === 'boolean') {
    const at = slot * 2 + (value ? 1 : 0);
    return (entry.booleans[at] ??= encoder.encode(entry.prefix + `"${EVIDENCE_LEVELS[slot] as string}","value":${value ? 'true' : 'false'}}`));
  }
  const scalar = typeof value === 'string' || typeof value === 'number';
  if (!scalar && (typeof value !== 'object' || value === null)) return value === null ? memberText(entry, slot, 'null') : undefined;
  const byValue = scalar ? entry.scalars[slot] : undefined;
  const kept = byValue?.get(value as string | number);
  if (kept !== undefined) return kept;
  const text = memberText(entry, slot, typeof value === 'string' ? canonicalString(value) : canonicalJson(value));
  // Scalars only: an array is a new object every time, so it cannot be looked up. Encoding costs
  // more than writing the text once: only a member that is kept is encoded.
  if (!scalar || (byValue?.size ?? 0) >= MAX_MEMBERS_PER_ID) return text;
  const encoded = encoder.encode(text);
  (entry.scalars[slot] ??= new Map()).set(value as string | number, encoded);
  return encoded;
}

/** `"id":{"evidence":"level","value":` and `valueJson`; closed with `}` unless it opens a list. */
function memberText(entry: OrderedId, slot: number, valueJson: string): string {
  return entry.prefix + `"${EVIDENCE_LEVELS[slot] as string}","value":` + valueJson + (valueJson === '[' ? '' : '}');
}

/** The position of an evidence level, or -1 for anything else. */
function evidenceSlot(evidence: unknown): number {
  return evidence === 'self-declared' ? 0 : evidence === 'document' ? 1 : evidence === 'inspected' ? 2 : -1;
}

/**
 * Exactly `{ evidence, value }` as own enumerable members, both defined, and no `toJSON`: the
 * shape whose members are written above without sorting. Counted with for-in, which (unlike
 * Object.keys) allocates nothing; an inherited enumerable member makes the count differ and the
 * generic writer take it.
 */
function isPlainGiven(answer: GivenAnswer): boolean {
  let count = 0;
  for (const key in answer) {
    if (key !== 'evidence' && key !== 'value') return false;
    count++;
  }
  return count === 2 && Object.hasOwn(answer, 'evidence') && Object.hasOwn(answer, 'value') && answer.evidence !== undefined && answer.value !== undefined && !hasToJson(answer);
}

// The canonical bytes are written into one buffer shared by every hash (hashing is synchronous),
// or a hash order's own (`answersHashAt`), copied from bytes encoded once, with no joined string
// to flatten and encode again for the hash.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const COMMA = 0x2c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
let buffer: Uint8Array = new Uint8Array(16 * 1024);
/** Where the canonical bytes start in `buffer`: after the pool of a hash order's own buffer, else 0. */
let base = 0;
let length = 0;

/** What the last write produced: a view that the next write overwrites. */
function written(): Uint8Array {
  return buffer.subarray(base, length);
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

/** A comma unless this is the first member of the object just opened. */
function writeComma(): void {
  if (buffer[length - 1] !== OPEN) writeByte(COMMA);
}

function writeMember(member: Uint8Array | string): void {
  if (typeof member === 'string') writeText(member);
  else writeBytes(member);
}

function allPlainTexts(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'string' || !isPlainAscii(item)) return false;
  }
  return true;
}

/** No character JSON escapes and none beyond ASCII (so no lone surrogate): written as it is, quoted. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code >= 0x80 || code === QUOTE || code === BACKSLASH) return false;
  }
  return true;
}

function writeQuoted(text: string): void {
  reserve(text.length + 2);
  buffer[length++] = QUOTE;
  for (let i = 0; i < text.length; i++) buffer[length++] = text.charCodeAt(i);
  buffer[length++] = QUOTE;
}

function writeEmptyList(): void {
  reserve(2);
  buffer[length++] = 0x5b;
  buffer[length++] = 0x5d;
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
