import { describe, expect, it } from 'vitest';
import { deriveRiskProfile } from '../../src/risk/risk-profile.js';
import fc from 'fast-check';
import type { Advice } from '../../src/answers/answers-types.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';
import { answersArbitrary } from '../support/answers-arbitrary.js';
import { catalogues } from '../support/engine-catalogues.js';

const catalogue = smallCatalogue();
const advice = (levels: Record<string, string>): Advice => ({ reference: 'BVA-2026-17', date: '2026-10-01', measures: [], levels, waives: [], hardConditions: [] });

describe('the risk profile', () => {
  it('starts every scenario at its baseline', () => {
    expect(deriveRiskProfile(catalogue, smallAnswers({ functie: 'wethouder', dreiging: false }))).toEqual([
      { scenario: 'SC-INB', level: 'A', basis: { kind: 'baseline' } },
      { scenario: 'SC-DRG', level: 'A', basis: { kind: 'baseline' } },
    ]);
  });

  it('raises a scenario to the highest level of the rules that hold, crediting that rule', () => {
    const profile = deriveRiskProfile(catalogue, smallAnswers({ functie: 'wethouder', dreiging: true, ernstig: true }));
    expect(profile[1]).toEqual({ scenario: 'SC-DRG', level: 'C', basis: { kind: 'rule', rule: 'RR-3' } });
  });

  it('credits the first rule in catalogue order when two rules reach the same level', () => {
    const profile = deriveRiskProfile(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: true, ernstig: false }));
    expect(profile).toEqual([
      { scenario: 'SC-INB', level: 'B', basis: { kind: 'rule', rule: 'RR-2' } },
      { scenario: 'SC-DRG', level: 'B', basis: { kind: 'rule', rule: 'RR-1' } },
    ]);
  });

  it('does not raise a level on a rule whose answer is missing', () => {
    const profile = deriveRiskProfile(catalogue, smallAnswers({ functie: 'wethouder' }));
    expect(profile[1]).toEqual({ scenario: 'SC-DRG', level: 'A', basis: { kind: 'baseline' } });
  });

  it('lets a CCV/BVA advice replace the derived level, up or down, for the scenarios it names', () => {
    const answers = smallAnswers({ functie: 'burgemeester', dreiging: true }, { advice: advice({ 'SC-DRG': 'A' }) });
    expect(deriveRiskProfile(catalogue, answers)).toEqual([
      { scenario: 'SC-INB', level: 'B', basis: { kind: 'rule', rule: 'RR-2' } },
      { scenario: 'SC-DRG', level: 'A', basis: { kind: 'advice', reference: 'BVA-2026-17' } },
    ]);
  });

  it('keeps level D (not certifiable) when an advice names a lower level: D is a floor', () => {
    const answers = smallAnswers({ functie: 'wethouder', dreiging: true, ernstig: true }, { advice: advice({ 'SC-DRG': 'A', 'SC-INB': 'B' }) });
    expect(deriveRiskProfile(catalogue, answers)).toEqual([
      { scenario: 'SC-INB', level: 'B', basis: { kind: 'advice', reference: 'BVA-2026-17' } },
      { scenario: 'SC-DRG', level: 'C', basis: { kind: 'rule', rule: 'RR-3' } },
    ]);
  });
});

describe.each(catalogues())('level D as a floor on the $name catalogue', ({ catalogue }) => {
  const uncertifiable = new Set(catalogue.levels.filter((l) => !l.certifiable).map((l) => l.id));
  const levels = catalogue.levels.map((l) => l.id);
  const scenarios = catalogue.scenarios.map((s) => s.id);

  it('is never lowered by an advice or by further answers', () => {
    fc.assert(
      fc.property(
        answersArbitrary(catalogue, { advice: false }),
        fc.dictionary(fc.constantFrom(...scenarios), fc.constantFrom(...levels)),
        answersArbitrary(catalogue, { advice: false }),
        (base, advisedLevels, more) => {
          const before = deriveRiskProfile(catalogue, base).filter((r) => uncertifiable.has(r.level));
          // Further answers: everything answered before stays, new questions get answers.
          const extended = { ...base, answers: { ...more.answers, ...base.answers }, advice: { ...advice(advisedLevels) } };
          const after = new Map(deriveRiskProfile(catalogue, extended).map((r) => [r.scenario, r.level]));
          for (const r of before) expect(uncertifiable.has(after.get(r.scenario) ?? ''), r.scenario).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
