/**
 * fast-check arbitraries of answer sets that a catalogue accepts: every value of the right type
 * and within its options or range, any question possibly unanswered, optional advice levels and
 * exception claims that the catalogue allows. Built from the catalogue itself, so they follow it.
 */
import fc from 'fast-check';
import type { AnswerValue, Catalogue, EvidenceLevel, Question } from '../../src/catalogue/catalogue-types.js';
import { EVIDENCE_LEVELS } from '../../src/catalogue/catalogue-types.js';
import type { Answers, ExceptionClaim, GivenAnswer } from '../../src/answers/answers-types.js';

export function valueArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  const options = (question.options ?? []).map((o) => o.value);
  switch (question.type) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...options);
    case 'multi':
      return fc.subarray(options);
    case 'number':
      return fc.integer({ min: Math.ceil(question.min ?? 0), max: Math.floor(question.max ?? 100) });
  }
}

const evidence: fc.Arbitrary<EvidenceLevel> = fc.constantFrom(...EVIDENCE_LEVELS);

/** A given answer per question, or none. */
export function answerMapArbitrary(catalogue: Catalogue): fc.Arbitrary<Record<string, GivenAnswer>> {
  const entries = catalogue.questions.map((q) => fc.option(fc.record({ value: valueArbitrary(q), evidence }), { nil: undefined, freq: 3 }));
  return fc.tuple(...entries).map((given) => {
    const answers: Record<string, GivenAnswer> = {};
    given.forEach((g, i) => {
      const question = catalogue.questions[i];
      if (g && question) answers[question.id] = g;
    });
    return answers;
  });
}

function claimsArbitrary(catalogue: Catalogue): fc.Arbitrary<ExceptionClaim[]> {
  const allowed = catalogue.exceptions
    .map((e) => ({ exception: e.id, requirements: catalogue.requirements.filter((r) => r.exceptions?.includes(e.id)).map((r) => r.id) }))
    .filter((a) => a.requirements.length > 0);
  if (allowed.length === 0) return fc.constant([]);
  const claim = fc
    .constantFrom(...allowed)
    .chain((a) => fc.record({ exception: fc.constant(a.exception), requirements: fc.subarray(a.requirements, { minLength: 1 }), level: evidence }))
    .map(({ exception, requirements, level }): ExceptionClaim => ({ exception, requirements, justification: 'onderbouwing', evidence: { level, reference: 'REF-1' } }));
  return fc.array(claim, { maxLength: 2 });
}

/** A whole answer set for the catalogue, self-check or inspection. */
export function answersArbitrary(catalogue: Catalogue, options: { advice?: boolean } = {}): fc.Arbitrary<Answers> {
  const levels = catalogue.levels.map((l) => l.id);
  const advised = fc.dictionary(fc.constantFrom(...catalogue.scenarios.map((s) => s.id)), fc.constantFrom(...levels), { maxKeys: 3 });
  const advice = options.advice === false ? fc.constant(undefined) : fc.option(advised.map((l) => ({ reference: 'BVA-1', levels: l })), { nil: undefined, freq: 4 });
  return fc
    .record({ kind: fc.constantFrom('self-check' as const, 'inspection' as const), answers: answerMapArbitrary(catalogue), exceptions: claimsArbitrary(catalogue), advice })
    .map(({ kind, answers, exceptions, advice }): Answers => ({
      catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version },
      kind,
      date: '2026-11-28',
      subject: { role: 'burgemeester' },
      ...(kind === 'inspection' ? { inspection: { firm: 'Test Beveiliging BV', inspector: 'T. Tester' } } : {}),
      ...(advice ? { adviceRisk: advice } : {}),
      answers,
      exceptions,
    }));
}
