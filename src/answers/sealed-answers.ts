import { EVIDENCE_LEVELS, type AnswerValue, type EvidenceLevel, type Question } from '../catalogue/catalogue-types.js';
import type { GivenAnswer } from './answers-types.js';

/**
 * Answer records sealed where they are built (`answersFromValues`, `validateAnswers`): frozen, as
 * is every answer in them, with the same answers by catalogue position kept with them. So `evaluate` and the answers hash
 * need neither look every id up in the record (70 keyed look-ups on what V8 keeps as a hash table)
 * nor walk its keys to know it holds nothing else: a frozen record cannot change, and only
 * `sealAnswers` seals one.
 */
export interface Sealed {
  /** The catalogue's question ids, one array per catalogue (see `questionIdsOf`). */
  ids: readonly string[];
  /** The record's answers by position in `ids`, undefined where none is given. Frozen. */
  given: readonly (GivenAnswer | undefined)[];
}

/** Its constructor returns the object it is given: a subclass's private field is then put on that object. */
class Returns {
  constructor(object: object) {
    return object;
  }
}

/**
 * The seal, a private field put on the record itself. Not a WeakMap from record to seal: a
 * WeakMap entry per answer set, each dropped soon after, cost ~6 µs per set in garbage
 * collection (its entries are ephemerons), more than the seal saves. Nothing outside this class
 * can read, write or forge the field, and copies of the record (spread, structuredClone) do not
 * carry it.
 */
class Seal extends Returns {
  readonly #sealed: Sealed;
  private constructor(record: object, sealed: Sealed) {
    super(record);
    this.#sealed = sealed;
  }

  static put(record: object, sealed: Sealed): void {
    new Seal(record, sealed);
  }

  static of(record: object): Sealed | undefined {
    return #sealed in record ? (record as Seal).#sealed : undefined;
  }
}

/** The question ids of a catalogue and their positions, worked out once per catalogue. */
export interface QuestionIds {
  /** Each question's id, duplicates kept: what the cache is checked against. */
  of: readonly string[];
  ids: readonly string[];
  at: ReadonlyMap<string, number>;
  /** False when an id is `__proto__` (a key that sets the prototype instead): such records are not sealed. */
  sealable: boolean;
}

const questionIds = new WeakMap<readonly Question[], QuestionIds>();

/**
 * The distinct ids of these questions, in catalogue order. Kept per questions array, and checked
 * against it each time (a few hundred nanoseconds), so questions changed in place are followed.
 */
export function questionIdsOf(questions: readonly Question[]): QuestionIds {
  let known = questionIds.get(questions);
  if (known === undefined || !sameIds(questions, known.of)) {
    const of = questions.map((q) => q.id);
    const ids = Object.freeze([...new Set(of)]);
    known = { of, ids, at: new Map(ids.map((id, i) => [id, i])), sealable: !ids.includes('__proto__') };
    questionIds.set(questions, known);
  }
  return known;
}

function sameIds(questions: readonly Question[], ids: readonly string[]): boolean {
  if (questions.length !== ids.length) return false;
  for (let i = 0; i < ids.length; i++) if (questions[i]?.id !== ids[i]) return false;
  return true;
}

/**
 * A given answer as sealed records hold it: frozen, and for a yes/no at an evidence level (most
 * answers) one object shared by all, so building answers allocates and freezes only the few others.
 * Its value is not frozen (a list may be the caller's own): what it holds is read where it is used.
 */
export function sealedAnswer(value: AnswerValue, evidence: EvidenceLevel): GivenAnswer {
  const slot = typeof value === 'boolean' ? EVIDENCE_LEVELS.indexOf(evidence) : -1;
  return slot >= 0 ? (YES_NO[slot * 2 + (value ? 1 : 0)] as GivenAnswer) : Object.freeze({ value, evidence });
}

/** By evidence level times two, plus one for yes. */
const YES_NO: readonly GivenAnswer[] = EVIDENCE_LEVELS.flatMap((evidence) => [false, true].map((value) => Object.freeze({ value, evidence })));
const [NO_0, YES_0, NO_1, YES_1, NO_2, YES_2] = YES_NO;

/**
 * The place in `YES_NO` (evidence level times two, plus one for yes) of an answer that is one of
 * those shared objects, -1 for any other. By identity: the answer itself is not read, so a loop over
 * many answers touches none of them.
 */
export function yesNoSlot(answer: GivenAnswer): number {
  return answer === NO_0 ? 0 : answer === YES_0 ? 1 : answer === NO_1 ? 2 : answer === YES_1 ? 3 : answer === NO_2 ? 4 : answer === YES_2 ? 5 : -1;
}

/**
 * Freezes `record` and seals `given` to it. The caller's promise: `record` is a plain object just
 * built, whose own keys are exactly `ids.ids[p]` for every position p where `given[p]` is defined,
 * each holding `given[p]`, an answer from `sealedAnswer`.
 */
export function sealAnswers(ids: QuestionIds, record: Record<string, GivenAnswer>, given: (GivenAnswer | undefined)[]): Record<string, GivenAnswer> {
  if (!ids.sealable || given.length !== ids.ids.length) return record;
  Seal.put(record, { ids: ids.ids, given: Object.freeze(given) });
  Object.freeze(record);
  return record;
}

/**
 * The answers of a sealed record by position in `ids` (an evaluation's question ids): its own when
 * `ids` are the very ids it was sealed for, in the same order; undefined otherwise (then looking
 * every id up is the only way).
 */
export function sealedGiven(record: object, ids: readonly string[]): readonly (GivenAnswer | undefined)[] | undefined {
  const found = Seal.of(record);
  if (found === undefined) return undefined;
  if (matched.get(found.ids) === ids) return found.given;
  if (ids.length !== found.ids.length || ids.some((id, i) => id !== found.ids[i])) return undefined;
  matched.set(found.ids, ids);
  return found.given;
}

/** Per sealed ids array, the last ids array found equal to it: an evaluation compares its ids once per catalogue, not per call. */
const matched = new WeakMap<readonly string[], readonly string[]>();
