import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import serialize from 'canonicalize';
import type { Answers, ExceptionClaim, GivenAnswer, Refusal } from '../../src/answers/answers-types.js';
import { EVIDENCE_LEVELS } from '../../src/catalogue/catalogue-types.js';
import type { AnswerValue, Catalogue } from '../../src/catalogue/catalogue-types.js';
import { answersHash, answersHashAt, canonicalAnswersJson, hashOrder } from '../../src/answers/answers-hash.js';
import { answersFromValues } from '../../src/answers/answers-from-values.js';
import { questionIdsOf, sealedGiven } from '../../src/answers/sealed-answers.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { answersArbitrary } from '../support/answers-arbitrary.js';
import { evaluate } from '../../src/verdict/evaluate.js';

const catalogue = loadCatalogue();
const reference = (answers: unknown) => createHash('sha256').update(serialize(answers) ?? '').digest('hex');
const now = new Date('2026-11-28T12:00:00Z');

describe('the answers hash', () => {
  it('is SHA-256 of exactly the canonicalize package bytes (RFC 8785) for any answer set of the bundled catalogue', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue), (answers) => {
        expect(canonicalAnswersJson(answers)).toBe(serialize(answers));
        expect(answersHash(answers)).toBe(reference(answers));
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact for ids and texts the catalogue does not know, in any order', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 8 });
    const given = fc.record({ value: fc.oneof(fc.boolean(), fc.integer(), text, fc.array(text, { maxLength: 3 })), evidence: fc.constantFrom(...EVIDENCE_LEVELS) });
    const odd: fc.Arbitrary<Answers> = fc.record({
      catalogue: fc.record({ id: fc.constantFrom('pkvw-light', 'ander'), version: fc.constantFrom('0.1.0', '9.9.9') }),
      kind: fc.constantFrom('self-check' as const, 'inspection' as const),
      date: text,
      subject: fc.record({ role: text }),
      answers: fc.dictionary(text, given, { maxKeys: 6 }),
      exceptions: fc.constant<ExceptionClaim[]>([]),
      refusals: fc.constant<Refusal[]>([]),
    });
    fc.assert(
      fc.property(odd, (answers) => {
        expect(answersHash(answers)).toBe(reference(answers));
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact for answers longer than the buffer it starts with, with text beyond ASCII', () => {
    const answers: Answers = { catalogue: { id: 'pkvw-light', version: '0.1.0' }, kind: 'inspection', date: '2026-11-28', subject: { role: 'wethouder' }, answers: { 'wonen.notitie': { value: 'Łódź ő Ş € 😀 '.repeat(4000), evidence: 'inspected' }, b: { value: true, evidence: 'document' } }, exceptions: [], refusals: [] };
    expect(canonicalAnswersJson(answers)).toBe(serialize(answers));
    expect(answersHash(answers)).toBe(reference(answers));
  });

  it('falls back to the generic writer, with the same bytes, for answers of another shape', () => {
    const base = (): Answers => ({ catalogue: { id: 'pkvw-light', version: '0.1.0' }, kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' }, answers: { b: { value: true, evidence: 'document' } }, exceptions: [], refusals: [] });
    const extraMember: Answers = Object.assign(base(), { note: 'x' });
    const extraInAnswer = base();
    extraInAnswer.answers['a'] = Object.assign({ value: 'x', evidence: 'inspected' as const }, { remark: 'y' });
    for (const answers of [extraMember, extraInAnswer]) {
      expect(canonicalAnswersJson(answers)).toBeUndefined();
      expect(answersHash(answers)).toBe(reference(answers));
    }
  });

  // evaluate hashes from the answers it has already looked up by question position; whatever the
  // record holds beyond those (or in another order), the bytes must be the same.
  it('is the same in the verdict, whatever the order of the ids and whatever else the record holds', () => {
    const odd = fc.constantFrom('keys reversed', 'unknown id', 'undefined answer', 'hidden answer', 'other subject', 'none');
    fc.assert(
      fc.property(answersArbitrary(catalogue), odd, (answers, how) => {
        const record: Record<string, unknown> = {};
        const ids = Object.keys(answers.answers);
        for (const id of how === 'keys reversed' ? [...ids].reverse() : ids) record[id] = answers.answers[id];
        const first = catalogue.questions[0]?.id ?? '';
        if (how === 'unknown id') record['zz.onbekend'] = { value: true, evidence: 'self-declared' };
        if (how === 'undefined answer') record[first] = undefined;
        // Read by evaluate as given, left out of canonical JSON: the hash must follow canonical JSON.
        if (how === 'hidden answer') Object.defineProperty(record, first, { value: { value: true, evidence: 'inspected' }, enumerable: false });
        // The subject is written as the last one was when it is the same: a different one must not be.
        const subject = how === 'other subject' ? { role: 'wethouder', dwelling: { postcode: '1234 AB', houseNumber: '5' } } : answers.subject;
        const odd = { ...answers, subject, answers: record as Answers['answers'] };
        expect(evaluate(catalogue, odd, now).answersHash).toBe(reference(odd));
      }),
      { numRuns: 300 },
    );
  });

  // Found by the property below (seed -174929012): an id that reads as an array index comes first
  // among an object's keys, and the order once took its ids from one such object.
  it('is exact from answers by position when an id reads as an array index', () => {
    const ids = ['.', 'a', '0'];
    const catalogue = { metadata: { id: 'pkvw-light', version: '0.1.0' }, questions: ids.map((id) => ({ id })) } as unknown as Catalogue;
    const sets: Record<string, AnswerValue>[] = [{ '0': 0 }, { a: 0 }, { '.': 'x', '0': true }];
    for (const values of sets) {
      const sealed = answersFromValues(catalogue, { kind: 'inspection', date: '2026-11-28', subject: { role: 'wethouder' } }, values);
      const known = questionIdsOf(catalogue.questions).ids;
      expect(answersHashAt(sealed, hashOrder(known), sealedGiven(sealed.answers, known) ?? [])).toBe(reference(sealed));
    }
  });

  // answersHashAt writes yes/no answers, and a choice's options, from a pool made per order and
  // everything else member by member; any mix of them, first or last in canonical order, sealed or
  // not, must give the bytes of canonical JSON. Ids here are not the catalogue's: any that need no
  // escaping, ASCII or not; options any texts and numbers, repeated or not, and answers in them or not.
  it('is exact from answers by position for any ids, options and mix of answers, sealed or not', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 6 });
    const id = fc.oneof(fc.stringMatching(/^[a-z.]{1,6}$/), fc.constantFrom('wonen.ë', 'z€', 'A', 'a"b', 'tab\t'), text);
    const evidence = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...EVIDENCE_LEVELS) }, { weight: 1, arbitrary: fc.constant('hearsay') });
    const option = fc.oneof(fc.constantFrom('ja', 'nee', 'deels', 'a"b', 'é', ''), fc.integer({ min: -2, max: 2 }), fc.constant(-0), text);
    const value = fc.oneof({ weight: 6, arbitrary: fc.boolean() }, { weight: 4, arbitrary: option }, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.array(text, { maxLength: 3 }));
    const answer = fc.option(fc.record({ value, evidence }), { nil: undefined, freq: 3 });
    const options = fc.array(fc.option(fc.array(option, { maxLength: 4 }), { nil: undefined }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 12 }), fc.array(answer, { minLength: 12, maxLength: 12 }), fc.boolean(), options, (ids, answers, reversed, choices) => {
        const catalogue = { metadata: { id: 'pkvw-light', version: '0.1.0' }, questions: ids.map((id) => ({ id })) } as unknown as Catalogue;
        const values: Record<string, GivenAnswer> = {};
        ids.forEach((id, i) => {
          const given = answers[i];
          if (given) values[id] = given as GivenAnswer;
        });
        const sealed = answersFromValues(catalogue, { kind: 'inspection', date: '2026-11-28', subject: { role: 'wethouder' } }, values as Record<string, AnswerValue | GivenAnswer>);
        const known = questionIdsOf(catalogue.questions).ids;
        const given = sealedGiven(sealed.answers, known) ?? known.map((id) => sealed.answers[id]);
        // The same answers in a record of its own, keys in either order: not sealed, so each answer is checked.
        const keys = Object.keys(sealed.answers);
        const record = Object.fromEntries((reversed ? keys.reverse() : keys).map((key) => [key, { ...sealed.answers[key] }]));
        const unsealed = { ...sealed, answers: record as Answers['answers'] };
        const unsealedGiven = known.map((id) => unsealed.answers[id]);
        const order = hashOrder(known, choices);
        expect(answersHashAt(sealed, order, given)).toBe(reference(sealed));
        expect(answersHashAt(unsealed, order, unsealedGiven)).toBe(reference(unsealed));
      }),
      { numRuns: 500 },
    );
  });

  // The members after the answers are written as one of the last few tails when each is the same:
  // a run of answer sets whose date, kind, claims, refusals and subject come and go (in any key
  // order, flat or not) must each hash as themselves.
  it('is exact for a run of answer sets whose members after the answers repeat or differ', () => {
    const cat = { metadata: { id: 'pkvw-light', version: '0.1.0' }, questions: [{ id: 'a' }] } as unknown as Catalogue;
    const known = questionIdsOf(cat.questions).ids;
    const order = hashOrder(known);
    const role = fc.constantFrom('wethouder', 'burgemeester');
    const subject = fc.oneof(fc.record({ role }), role.map((r) => ({ office: 'x', role: r })), role.map((r) => ({ role: r, office: 'x' })), fc.record({ role, dwelling: fc.record({ postcode: fc.constantFrom('1234 AB', '9999 ZZ') }) }));
    const refusal = fc.constantFrom<Refusal[]>([], [{ requirement: 'WON-01', reason: 'eigen keuze' }]);
    const set = fc.record({ subject, refusals: refusal, kind: fc.constantFrom('self-check' as const, 'inspection' as const), date: fc.constantFrom('2026-11-28', '2026-11-29', 'é') });
    fc.assert(
      fc.property(fc.array(set, { minLength: 1, maxLength: 30 }), (sets) => {
        for (const { subject: s, refusals, kind, date } of sets) {
          const answers = { ...answersFromValues(cat, { kind, date, subject: s as Answers['subject'] }, { a: true }), refusals };
          expect(answersHashAt(answers, order, sealedGiven(answers.answers, known) ?? [])).toBe(reference(answers));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is exact from answers by position when a text grows the buffer between yes/no answers', () => {
    const catalogue = { metadata: { id: 'pkvw-light', version: '0.1.0' }, questions: ['a', 'b', 'c'].map((id) => ({ id })) } as unknown as Catalogue;
    const known = questionIdsOf(catalogue.questions).ids;
    // Each text larger than the last: whatever the buffer had grown to before, one of them grows it.
    for (const size of [50_000, 200_000, 800_000, 3_200_000]) {
      const answers = answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } }, { a: true, b: 'é'.repeat(size), c: { value: false, evidence: 'inspected' } });
      expect(answersHashAt(answers, hashOrder(known), sealedGiven(answers.answers, known) ?? [])).toBe(reference(answers));
    }
  });

  // The subject and the catalogue are written as one of the last few of their kind when equal: a
  // run of answer sets whose subjects come and go, in any key order, must each hash as themselves.
  it('is exact for a run of answer sets whose subjects repeat, differ or differ only in key order', () => {
    const catalogue = { metadata: { id: 'pkvw-light', version: '0.1.0' }, questions: [{ id: 'a' }] } as unknown as Catalogue;
    const known = questionIdsOf(catalogue.questions).ids;
    const role = fc.constantFrom('wethouder', 'burgemeester', 'gedeputeerde', 'dijkgraaf');
    const subject = fc.oneof(
      fc.record({ role }),
      role.map((r) => ({ office: 'x', role: r })),
      role.map((r) => ({ role: r, office: 'x' })),
      fc.record({ role, count: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ role, dwelling: fc.record({ postcode: fc.constantFrom('1234 AB', '9999 ZZ'), houseNumber: fc.constant('5') }) }),
    );
    fc.assert(
      fc.property(fc.array(subject, { minLength: 1, maxLength: 40 }), (subjects) => {
        for (const s of subjects) {
          const answers = answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: s as Answers['subject'] }, { a: true });
          expect(answersHashAt(answers, hashOrder(known), sealedGiven(answers.answers, known) ?? [])).toBe(reference(answers));
        }
      }),
      { numRuns: 100 },
    );
  });
});
