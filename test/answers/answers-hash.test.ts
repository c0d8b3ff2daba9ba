import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import serialize from 'canonicalize';
import type { Answers } from '../../src/answers/answers-types.js';
import { answersHash, canonicalAnswersJson } from '../../src/answers/answers-hash.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { answersArbitrary } from '../support/answers-arbitrary.js';

const catalogue = loadCatalogue();
const reference = (answers: unknown) => createHash('sha256').update(serialize(answers) ?? '').digest('hex');

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

  it('stays exact for ids and texts the catalogue does not know, in any order, and for answers of another shape', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 8 });
    const given = fc.record({ value: fc.oneof(fc.boolean(), fc.integer(), text, fc.array(text, { maxLength: 3 })), evidence: text });
    const odd = fc.record({
      catalogue: fc.record({ id: fc.constantFrom('pkvw-light', 'ander'), version: fc.constantFrom('0.1.0', '9.9.9') }),
      kind: fc.constantFrom('self-check' as const, 'inspection' as const),
      date: text,
      subject: fc.record({ role: text }),
      answers: fc.dictionary(text, fc.oneof(given, fc.record({ value: fc.boolean(), evidence: text, extra: text })), { maxKeys: 6 }),
      exceptions: fc.constant([]),
    });
    fc.assert(
      fc.property(odd, (answers) => {
        expect(answersHash(answers as Answers)).toBe(reference(answers));
      }),
      { numRuns: 300 },
    );
  });
});
