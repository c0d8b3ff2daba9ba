/**
 * fast-check arbitraries of answer sets that a catalogue accepts: every value of the right type
 * and within its options or range, any question possibly unanswered, optional advice levels and
 * exception claims that the catalogue allows. Built from the catalogue itself, so they follow it.
 */
import fc from 'fast-check';
import type { AnswerValue, Catalogue, EvidenceLevel, Question } from '../../src/catalogue/catalogue-types.js';
import { EVIDENCE_LEVELS } from '../../src/catalogue/catalogue-types.js';
import type { Advice, Answers, ExceptionClaim, GivenAnswer, Refusal } from '../../src/answers/answers-types.js';

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
  const proofKind = new Map(catalogue.exceptions.map((e) => [e.id, e.proof]));
  const claim = fc
    .constantFrom(...allowed)
    .chain((a) =>
      fc.record({ exception: fc.constant(a.exception), requirements: fc.subarray(a.requirements, { minLength: 1 }), level: evidence, reference: fc.boolean(), proof: fc.boolean() }),
    )
    .map(({ exception, requirements, level, reference, proof }): ExceptionClaim => {
      const claim: ExceptionClaim = { exception, requirements, justification: 'onderbouwing', evidence: { level, ...(reference ? { reference: 'REF-1' } : {}) } };
      // Sometimes with the structured evidence its proof asks, sometimes without: unproven claims must stay claimed.
      const kind = proofKind.get(exception);
      if (!proof || !kind) return claim;
      if (kind.kind === 'monument') claim.monument = { register: 'rijksmonumentenregister', number: '512345', elements: ['voordeur'] };
      if (kind.kind === 'new-build') claim.newBuild = { permitYear: kind.cutOff?.permitYearFrom ?? 2000 };
      const scenario = catalogue.requirements.find((r) => requirements.includes(r.id))?.risks[0]?.scenario ?? '';
      if (kind.kind === 'equivalent-alternative') claim.alternative = { measure: 'rolluik', scenario, statement: { by: 'commissie', reference: 'CCM-1' } };
      if (kind.kind === 'landlord-refusal') claim.landlordRefusal = { by: 'verhuurder', date: '2026-09-01', reference: 'brief-1' };
      return claim;
    });
  return fc.array(claim, { maxLength: 2 });
}

/** An advice as the answers file carries it: levels, and sometimes measures, waived basics and hard conditions. */
export function adviceArbitrary(catalogue: Catalogue): fc.Arbitrary<Advice> {
  const levels = catalogue.levels.map((l) => l.id);
  const measures = catalogue.requirements.filter((r) => r.measure).map((r) => r.id);
  const owner = catalogue.requirements.filter((r) => r.responsibility === 'bestuurder').map((r) => r.id);
  return fc
    .record({
      levels: fc.dictionary(fc.constantFrom(...catalogue.scenarios.map((s) => s.id)), fc.constantFrom(...levels), { maxKeys: 3 }),
      measures: fc.subarray(measures, { maxLength: Math.min(3, measures.length) }),
      basics: fc.subarray(owner, { maxLength: Math.min(4, owner.length) }),
      split: fc.nat(),
    })
    .map(({ levels, measures, basics, split }) => {
      const at = basics.length === 0 ? 0 : split % (basics.length + 1);
      return { reference: 'BVA-1', date: '2026-10-01', measures, levels, waives: basics.slice(0, at), hardConditions: basics.slice(at) };
    });
}

function refusalsArbitrary(catalogue: Catalogue): fc.Arbitrary<Refusal[]> {
  const refusable = catalogue.requirements.filter((r) => r.allowsRefusal).map((r) => r.id);
  return fc.subarray(refusable, { maxLength: Math.min(2, refusable.length) }).map((ids) => ids.map((requirement) => ({ requirement, reason: 'publieke rol' })));
}

/** A whole answer set for the catalogue, self-check or inspection. */
export function answersArbitrary(catalogue: Catalogue, options: { advice?: boolean } = {}): fc.Arbitrary<Answers> {
  const advice = options.advice === false ? fc.constant(undefined) : fc.option(adviceArbitrary(catalogue), { nil: undefined, freq: 4 });
  return fc
    .record({
      kind: fc.constantFrom('self-check' as const, 'inspection' as const),
      answers: answerMapArbitrary(catalogue),
      exceptions: claimsArbitrary(catalogue),
      refusals: refusalsArbitrary(catalogue),
      advice,
    })
    .map(({ kind, answers, exceptions, refusals, advice }): Answers => ({
      catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version },
      kind,
      date: '2026-11-28',
      subject: { role: 'burgemeester' },
      ...(kind === 'inspection' ? { inspection: { firm: 'Test Beveiliging BV', inspector: 'T. Tester' } } : {}),
      ...(advice ? { advice } : {}),
      answers,
      exceptions,
      refusals,
    }));
}
