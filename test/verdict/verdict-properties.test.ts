import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import type { Answers } from '../../src/answers/answers-types.js';
import type { Outcome } from '../../src/verdict/verdict-types.js';
import { evaluate, REQUIREMENT_STATUSES, statusCodesOf } from '../../src/verdict/evaluate.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { explainRequirement } from '../../src/verdict/explanation.js';
import { relevantQuestionIds } from '../../src/verdict/question-relevance.js';
import { deriveRiskProfile, levelOrderOf } from '../../src/risk/risk-profile.js';
import { conditionAnswerRefs } from '../../src/condition/condition-references.js';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { UserError } from '../../src/problems/errors.js';
import { answerMapArbitrary, answersArbitrary, valueArbitrary } from '../support/answers-arbitrary.js';
import { smallCatalogue } from '../support/small-catalogue.js';
import { catalogues } from '../support/engine-catalogues.js';

const now = new Date('2026-11-28T12:00:00Z');
/** Better first; a referral is not better or worse but leaves the owner's scale altogether. */
const RANK: Record<Outcome, number> = { 'basis-op-orde': 0, onvolledig: 1, 'niet-op-orde': 2, doorverwijzen: 3 };
const runs = { numRuns: 200 };

/** The same data with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe.each(catalogues())('the verdict laws on the $name catalogue', ({ catalogue }: { catalogue: Catalogue }) => {
  const answers = answersArbitrary(catalogue);

  it('is deterministic and independent of the order of keys in the answers', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(canonicalVerdictJson(evaluate(catalogue, reversedKeys(a), now))).toBe(canonicalVerdictJson(evaluate(catalogue, a, now)));
      }),
      runs,
    );
  });

  // Requirement results are shared between verdicts with the same levels and answers read (see
  // evaluate's sharedKey): a verdict from parts kept since earlier runs must be the one built anew.
  it('is the same from parts shared with earlier verdicts as from parts built for it alone', () => {
    fc.assert(
      fc.property(answers, fc.boolean(), (a, plain) => {
        const given: Answers = plain ? { ...a, advice: undefined, exceptions: [], refusals: [] } : a;
        for (let i = 0; i < 2; i++) evaluate(catalogue, given, now);
        expect(canonicalVerdictJson(evaluate(catalogue, given, now))).toBe(canonicalVerdictJson(evaluate(structuredClone(catalogue), given, now)));
      }),
      { numRuns: 100 },
    );
  });

  // A simulation counts statuses from the numbers evaluate kept for its last verdict; any other
  // verdict's are worked out from its results. Both must be the results' own.
  it('gives each requirement’s status as its number, for the last verdict and for an earlier one', () => {
    const codes = (v: ReturnType<typeof evaluate>) => v.requirements.map((r) => REQUIREMENT_STATUSES.indexOf(r.status));
    fc.assert(
      fc.property(answers, answers, (a, b) => {
        const first = evaluate(catalogue, a, now);
        expect(Array.from(statusCodesOf(catalogue, first))).toEqual(codes(first));
        const second = evaluate(catalogue, b, now);
        expect(Array.from(statusCodesOf(catalogue, second))).toEqual(codes(second));
        expect(Array.from(statusCodesOf(catalogue, first))).toEqual(codes(first));
      }),
      { numRuns: 100 },
    );
  });

  it('never removes an applicable requirement when a scenario’s level is raised', () => {
    const order = levelOrderOf(catalogue);
    fc.assert(
      fc.property(answers, fc.nat(), fc.nat(), (a, pickScenario, pickLevel) => {
        const profile = deriveRiskProfile(catalogue, a);
        const target = profile[pickScenario % profile.length];
        if (!target) return;
        const higher = catalogue.levels.filter((l) => (order.get(l.id) ?? 0) > (order.get(target.level) ?? 0));
        const raisedLevel = higher[pickLevel % Math.max(1, higher.length)];
        if (!raisedLevel) return;
        const levels = Object.fromEntries(profile.map((r) => [r.scenario, r.level]));
        const before = evaluate(catalogue, { ...a, advice: { reference: 'BVA-1', date: '2026-10-01', measures: [], levels, waives: [], hardConditions: [] } }, now);
        const after = evaluate(catalogue, { ...a, advice: { reference: 'BVA-1', date: '2026-10-01', measures: [], levels: { ...levels, [target.scenario]: raisedLevel.id }, waives: [], hardConditions: [] } }, now);
        before.requirements.forEach((r, i) => {
          if (r.status !== 'not-applicable') expect(after.requirements[i]?.status, r.requirement).not.toBe('not-applicable');
        });
      }),
      runs,
    );
  });

  it('never worsens the outcome when an unmet answer is turned into a met one', () => {
    const riskInputs = new Set(catalogue.riskRules.flatMap((r) => conditionAnswerRefs(r.when)));
    fc.assert(
      fc.property(answers, fc.infiniteStream(fc.nat()), (a, seeds) => {
        const before = evaluate(catalogue, a, now);
        const unmet = before.requirements.filter((r) => r.status === 'not-met');
        for (const result of unmet) {
          const requirement = catalogue.requirements.find((r) => r.id === result.requirement);
          const refs = requirement?.metWhen ? conditionAnswerRefs(requirement.metWhen).filter((q) => !riskInputs.has(q)) : [];
          for (const id of refs) {
            const question = catalogue.questions.find((q) => q.id === id);
            if (!question) continue;
            for (const value of fc.sample(valueArbitrary(question), { numRuns: 6, seed: seeds.next().value })) {
              const changed: Answers = { ...a, answers: { ...a.answers, [id]: { value, evidence: 'self-declared' } } };
              const after = evaluate(catalogue, changed, now);
              if (after.requirements.find((r) => r.requirement === result.requirement)?.status !== 'met') continue;
              expect(RANK[after.outcome]).toBeLessThanOrEqual(RANK[before.outcome]);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never changes the outcome for answers to questions that are not relevant', () => {
    fc.assert(
      fc.property(answers, answerMapArbitrary(catalogue), (a, extra) => {
        const relevant = new Set(relevantQuestionIds(catalogue, a));
        const added = Object.fromEntries(Object.entries(extra).filter(([id]) => !relevant.has(id)));
        const before = evaluate(catalogue, a, now);
        const after = evaluate(catalogue, { ...a, answers: { ...a.answers, ...added } }, now);
        expect(after.outcome).toBe(before.outcome);
      }),
      runs,
    );
  });

  it('explains every applicable requirement by a scenario at or above its minimum level', () => {
    const order = levelOrderOf(catalogue);
    fc.assert(
      fc.property(answers, fc.constantFrom('nl' as const, 'en' as const), (a, lang) => {
        const verdict = evaluate(catalogue, a, now);
        for (const result of verdict.requirements.filter((r) => r.status !== 'not-applicable' || r.notApplicable?.kind === 'condition-not-holding')) {
          const first = explainRequirement(result, catalogue, lang, verdict.risk)[0] ?? '';
          // At the baseline the sentence says "for every administrator"; either way it names the scenarios in words.
          const named = result.appliesBecause.filter((l) =>
            // Named in words, never by id (issue #16).
            first.toLowerCase().includes(catalogue.scenarios.find((s) => s.id === l.scenario)?.name[lang].toLowerCase() ?? '\0'),
          );
          expect(named.length, `${result.requirement}: ${first}`).toBeGreaterThan(0);
          for (const link of named) expect(order.get(link.level) ?? -1).toBeGreaterThanOrEqual(order.get(link.minLevel) ?? Infinity);
        }
      }),
      runs,
    );
  });

  it('throws nothing but a UserError for any text offered as an answers file', () => {
    const yamlish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      answers.map((a) => JSON.stringify({ format: 'pkvw-light/answers@2', ...a, answers: Object.fromEntries(Object.entries(a.answers).map(([k, v]) => [k, v.value])) })),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          const { document } = parseYamlDocument(new TextEncoder().encode(text), 'x.yaml');
          if (document) validateAnswers(document, catalogue);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
        }
      }),
      runs,
    );
  });
});

it('keeps the laws honest: the small catalogue is among those checked', () => {
  expect(catalogues().map((c) => c.catalogue.metadata.id)).toContain(smallCatalogue().metadata.id);
});
