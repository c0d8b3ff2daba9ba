import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import serialize from 'canonicalize';
import type { Answers, GivenAnswer } from '../../src/answers/answers-types.js';
import type { AnswerValue, Catalogue } from '../../src/catalogue/catalogue-types.js';
import { EVIDENCE_LEVELS } from '../../src/catalogue/catalogue-types.js';
import { answersFromPositions, answersFromValues, type AnswersMeta } from '../../src/answers/answers-from-values.js';
import { questionIdsOf } from '../../src/answers/sealed-answers.js';
import { answersHash } from '../../src/answers/answers-hash.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { fixturesDir } from '../../src/package-paths.js';
import { answersArbitrary } from '../support/answers-arbitrary.js';

// Answers built by answersFromValues and validateAnswers are sealed: frozen, with their answers by
// catalogue position kept with them, so evaluate and the hash skip looking ids up and walking keys.
// Whatever reaches them, the hash must stay that of the canonicalize package's bytes.

const catalogue = loadCatalogue();
const now = new Date('2026-11-28T12:00:00Z');
const reference = (answers: unknown) => createHash('sha256').update(serialize(answers) ?? '').digest('hex');

function metaOf(answers: Answers): AnswersMeta {
  const { kind, date, subject, inspection, advice, exceptions, refusals } = answers;
  return { kind, date, subject, ...(inspection ? { inspection } : {}), ...(advice ? { advice } : {}), exceptions, refusals };
}

/** The same answers in a record of its own: not sealed, so evaluate looks every id up. */
function unsealed(answers: Answers): Answers {
  return { ...answers, answers: { ...answers.answers } };
}

const text = fc.string({ unit: 'grapheme', maxLength: 6 });
/** What a caller of answersFromValues may pass, checked or not: anything JSON has, and some it has not. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  text,
  fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ a: text }),
  fc.constant({ toJSON: () => 'as JSON' }),
  fc.constant(new Date('2026-01-02T03:04:05Z')),
);
const oddEvidence: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...EVIDENCE_LEVELS), fc.constant(undefined), fc.constant('hearsay'), fc.constant(3));

describe('sealed answers', () => {
  it('hash in the verdict as the canonicalize package does, for any answer set answersFromValues builds', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue), (written) => {
        const answers = answersFromValues(catalogue, metaOf(written), written.answers);
        expect(Object.isFrozen(answers.answers)).toBe(true);
        const verdict = evaluate(catalogue, answers, now);
        expect(verdict.answersHash).toBe(reference(answers));
        // Sealed or not, the same verdict: the answers by position are the ones the record holds.
        expect(evaluate(catalogue, unsealed(answers), now)).toEqual(verdict);
      }),
      { numRuns: 200 },
    );
  });

  it('are the same built from values by position as from a record of ids, and hash the same', () => {
    const { ids } = questionIdsOf(catalogue.questions);
    fc.assert(
      fc.property(answersArbitrary(catalogue), fc.boolean(), (written, bare) => {
        // Bare values count as self-declared, given answers keep their evidence: both ways alike.
        const valueOf = (answer: GivenAnswer): AnswerValue | GivenAnswer => (bare ? answer.value : answer);
        const values: Record<string, AnswerValue | GivenAnswer> = {};
        for (const [id, answer] of Object.entries(written.answers)) values[id] = valueOf(answer);
        const fromValues = answersFromValues(catalogue, metaOf(written), values);
        const fromPositions = answersFromPositions(catalogue, metaOf(written), ids.map((id) => {
          const answer = written.answers[id];
          return answer === undefined ? undefined : valueOf(answer);
        }));
        expect(fromPositions).toEqual(fromValues);
        expect(Object.keys(fromPositions.answers)).toEqual(Object.keys(fromValues.answers));
        expect(evaluate(catalogue, fromPositions, now)).toEqual(evaluate(catalogue, fromValues, now));
      }),
      { numRuns: 100 },
    );
  });

  it('hash exactly for values and evidence no question allows, passed unchecked', () => {
    const ids = catalogue.questions.map((q) => q.id);
    const given = fc.oneof(
      oddValue,
      fc.record({ value: oddValue, evidence: oddEvidence }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), given, { maxKeys: 8 }), (values) => {
        const answers = answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } }, values as Record<string, AnswerValue | GivenAnswer>);
        let expected: string | Error;
        try {
          expected = reference(answers);
        } catch (error) {
          expected = error as Error;
        }
        // Evaluating odd values may fail elsewhere; the hash alone must match (or fail as canonical JSON does).
        if (expected instanceof Error) expect(() => answersHash(answers)).toThrow();
        else expect(answersHash(answers)).toBe(expected);
        let verdictHash: string | undefined;
        try {
          verdictHash = evaluate(catalogue, answers, now).answersHash;
        } catch {
          return;
        }
        expect(verdictHash).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('cannot change once built: the record is frozen, and a changed copy hashes as itself', () => {
    const answers = readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue);
    expect(Object.isFrozen(answers.answers)).toBe(true);
    const id = Object.keys(answers.answers)[0] ?? '';
    expect(() => {
      (answers.answers as Record<string, GivenAnswer>)[id] = { value: 'x', evidence: 'inspected' };
    }).toThrow(TypeError);
    expect(() => delete (answers.answers as Record<string, GivenAnswer | undefined>)[id]).toThrow(TypeError);
    expect(evaluate(catalogue, answers, now).answersHash).toBe(reference(answers));
    const changed = unsealed(answers);
    changed.answers[id] = { value: true, evidence: 'inspected' };
    const fewer = Object.fromEntries(Object.entries(answers.answers).filter(([key]) => key !== id));
    for (const copy of [changed, { ...answers, answers: fewer }]) expect(evaluate(catalogue, copy, now).answersHash).toBe(reference(copy));
  });

  it('hold frozen answers, and an answer changed in a copy hashes as itself', () => {
    const answers = answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } }, { 'intake.rol': 'wethouder', 'intake.portefeuille': ['geen'], 'wonen.zwembad': true });
    for (const answer of Object.values(answers.answers)) expect(Object.isFrozen(answer)).toBe(true);
    const answer = answers.answers['intake.rol'] as GivenAnswer & { remark?: string };
    expect(() => (answer.remark = 'added later')).toThrow(TypeError);
    expect(() => (answer.evidence = 'inspected')).toThrow(TypeError);
    const copy = unsealed(answers);
    copy.answers['intake.rol'] = Object.assign({ ...answer }, { remark: 'added later' });
    copy.answers['wonen.zwembad'] = { value: false, evidence: 'document' };
    expect(evaluate(catalogue, copy, now).answersHash).toBe(reference(copy));
  });

  it('are read by position only against the very catalogue questions they were built for', () => {
    // The same questions in another order, and one fewer: positions differ, so the seal must not be used.
    const reordered: Catalogue = { ...catalogue, questions: [...catalogue.questions].reverse() };
    const fewer: Catalogue = { ...catalogue, questions: catalogue.questions.slice(1) };
    fc.assert(
      fc.property(answersArbitrary(catalogue, { advice: false }), fc.boolean(), (written, reverse) => {
        const other = reverse ? reordered : fewer;
        const answers = answersFromValues(catalogue, metaOf(written), written.answers);
        const verdict = evaluate(other, answers, now);
        expect(verdict).toEqual(evaluate(other, unsealed(answers), now));
        expect(verdict.answersHash).toBe(reference(answers));
      }),
      { numRuns: 60 },
    );
  });

  it('follow catalogue questions changed in place since answers were last built for them', () => {
    const meta: AnswersMeta = { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } };
    const changing: Catalogue = { ...catalogue, questions: [...catalogue.questions] };
    answersFromValues(changing, meta, {});
    const first = changing.questions[0] as Catalogue['questions'][number];
    changing.questions[0] = { ...first, id: 'wonen.nieuw' };
    const answers = answersFromValues(changing, meta, { 'wonen.nieuw': true, [first.id]: true });
    expect(Object.keys(answers.answers)).toEqual(['wonen.nieuw']);
    expect(evaluate(changing, answers, now).answersHash).toBe(reference(answers));
  });

  it('hash as canonical JSON does when something in them has a toJSON, enumerable or not', () => {
    const base = (): Answers => answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } }, { 'intake.rol': 'wethouder', 'intake.portefeuille': ['geen'] });
    class Given {
      constructor(
        readonly value: AnswerValue,
        readonly evidence: GivenAnswer['evidence'],
      ) {}
      toJSON() {
        return { value: 'what toJSON says', evidence: this.evidence };
      }
    }
    const withClassAnswer = unsealed(base());
    withClassAnswer.answers['intake.rol'] = new Given('wethouder', 'self-declared');
    const withRecordToJson = unsealed(base());
    Object.defineProperty(withRecordToJson.answers, 'toJSON', { value: () => ({ replaced: true }), enumerable: false });
    const withAnswersToJson = base();
    Object.defineProperty(withAnswersToJson, 'toJSON', { value: () => ({ replaced: true }), enumerable: false });
    // A member canonical JSON leaves out (not enumerable) must be left out of the hash too.
    const withHiddenMember = base();
    Object.defineProperty(withHiddenMember, 'inspection', { value: { firm: 'Verborgen BV', inspector: 'X' }, enumerable: false });
    for (const answers of [withClassAnswer, withRecordToJson, withAnswersToJson, withHiddenMember]) {
      expect(answersHash(answers)).toBe(reference(answers));
      expect(evaluate(catalogue, answers, now).answersHash).toBe(reference(answers));
    }
  });

  it('hash as canonical JSON does when Object.prototype has a toJSON', () => {
    const answers = answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } }, { 'intake.rol': 'wethouder' });
    const proto = Object.prototype as { toJSON?: () => unknown };
    let hashed: string;
    let expected: string;
    try {
      proto.toJSON = function () {
        return 'what toJSON says';
      };
      hashed = evaluate(catalogue, answers, now).answersHash;
      expected = reference(answers);
    } finally {
      delete proto.toJSON;
    }
    expect(hashed).toBe(expected);
  });
});
