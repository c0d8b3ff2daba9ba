import { describe, expect, it } from 'vitest';
import { deriveRiskProfile } from '../../src/risk/risk-profile.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';

const catalogue = smallCatalogue();

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
    const answers = smallAnswers({ functie: 'burgemeester', dreiging: true }, { adviceRisk: { reference: 'BVA-2026-17', levels: { 'SC-DRG': 'A' } } });
    expect(deriveRiskProfile(catalogue, answers)).toEqual([
      { scenario: 'SC-INB', level: 'B', basis: { kind: 'rule', rule: 'RR-2' } },
      { scenario: 'SC-DRG', level: 'A', basis: { kind: 'advice', reference: 'BVA-2026-17' } },
    ]);
  });
});
