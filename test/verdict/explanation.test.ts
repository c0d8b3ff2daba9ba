import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { explainRequirement } from '../../src/verdict/explanation.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { caseVerdict } from '../support/case-verdicts.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';
import { evaluate } from '../../src/verdict/evaluate.js';

const catalogue = loadCatalogue();
const result = (verdict: Verdict, id: string) => {
  const found = verdict.requirements.find((r) => r.requirement === id);
  if (!found) throw new Error(`${id} not in the verdict`);
  return found;
};

describe('explaining a requirement', () => {
  it('walks from risk level to applicability to status, and says what to do when it is not met', () => {
    const verdict = caseVerdict('12-achterdeur-openbare-weg', catalogue);
    const remedy = catalogue.requirements.find((r) => r.id === 'WON-06')?.remedy.nl;
    expect(explainRequirement(result(verdict, 'WON-06'), catalogue, 'nl')).toEqual([
      'Geldt omdat het risico ‘inbraak en vermogenscriminaliteit bij de woning’ op niveau A staat (minimaal A).',
      `Niet voldaan. Wat te doen: ${remedy}`,
    ]);
  });

  it('gives the intake’s reason behind a raised level when given the risk profile, in words and without its rule id', () => {
    const verdict = caseVerdict('05-burgemeester-concrete-dreiging', catalogue);
    const [first] = explainRequirement(result(verdict, 'WON-12'), catalogue, 'en', verdict.risk);
    expect(first).toMatch(/^Applies because the risk ‘confrontation .+’ is at level C \(minimum [A-C]\) — from the intake: .+[^.]\.$/);
    expect(first).not.toMatch(/RR-|SC-/);
    // A report that shows the risk profile says the reason there, once.
    expect(explainRequirement(result(verdict, 'WON-12'), catalogue, 'en', verdict.risk, { basis: false })[0]).toMatch(/\(minimum [A-C]\)\.$/);
  });

  it('says, in the words of the question asked, which answer rules a requirement out for this home', () => {
    const verdict = caseVerdict('11-bovenwoning-zonder-achterdeur', catalogue);
    expect(explainRequirement(result(verdict, 'WON-06'), catalogue, 'nl')[1]).toBe(
      'Geldt niet voor deze woning: de voorwaarde is niet vervuld (“Heeft uw woning een achterdeur of andere tweede buitendeur?” nee).',
    );
  });

  it('shows the exception and its justification for an exempt requirement, with the evidence against the demand', () => {
    const verdict = caseVerdict('02-rijksmonument-alternatief', catalogue);
    const lines = explainRequirement(result(verdict, 'WON-01'), catalogue, 'nl');
    expect(lines[1]).toMatch(/^Uitgezonderd via Beschermd monument\. Onderbouwing: /);
    expect(lines[2]).toBe('Bewijs: document; vereist voor een certificaat: document.');
  });
});

describe('the verdict as text', () => {
  it('lists an unmet basic in the improvement plan with its remedy, and says when it has no cost indication', () => {
    const verdict = caseVerdict('12-achterdeur-openbare-weg', catalogue);
    const text = renderVerdictText(verdict, catalogue, 'nl');
    const remedy = catalogue.requirements.find((r) => r.id === 'WON-06')?.remedy.nl.split(' ').slice(0, 4).join(' ') ?? '';
    expect(text).toContain('>> BASIS NIET OP ORDE');
    expect(text).toMatch(/VERBETERPLAN\n {2}1\. Achterdeur naar de openbare weg /);
    expect(text.slice(text.indexOf('VERBETERPLAN'))).toContain(remedy);
    expect(text).toContain('1 maatregel zonder prijs');
    expect(text).not.toMatch(/€ 0\b/);
  });

  it('adds up the cost indications of the gaps', () => {
    const small = smallCatalogue();
    const verdict = evaluate(small, smallAnswers({ functie: 'burgemeester', dreiging: false, verlichting: false, achterdeur: true, slot: 'geen' }), new Date(0));
    const text = renderVerdictText(verdict, small, 'nl');
    expect(text).toContain('Met prijs: € 300 – € 800 (incl. btw)');
    expect(text).toMatch(/1\. Verlichting \[woning; blokkeert: Alarm\]\n\s+Verlichting aanbrengen\n\s+indicatief € 100 – € 300 incl\. btw/);
  });

  it('refers on without judging when the risk is beyond the keurmerk', () => {
    const text = renderVerdictText(caseVerdict('07-doorverwijzen-stelsel', catalogue), catalogue, 'en');
    expect(text).toContain('>> REFER ON');
    expect(text).toContain('this keurmerk does not judge here');
  });
});
