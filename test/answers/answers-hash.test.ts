import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import serialize from 'canonicalize';
import type { Answers, ExceptionClaim, Refusal } from '../../src/answers/answers-types.js';
import { EVIDENCE_LEVELS } from '../../src/catalogue/catalogue-types.js';
import { answersHash, canonicalAnswersJson } from '../../src/answers/answers-hash.js';
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
});
