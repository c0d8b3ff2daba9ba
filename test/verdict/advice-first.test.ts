/**
 * Damage at the home without a CCV/BVA advice (issue #11, review finding 8): a risk rule with
 * `requiresAdvice` makes its scenarios' level provisional; nothing against them is funded or
 * certified until the advice is there (seed §2.2), and nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import { certificateStatement } from '../../src/certificate/certificate-statement.js';
import { UserError } from '../../src/problems/errors.js';
import { answersArbitrary } from '../support/answers-arbitrary.js';
import { CASE_CLOCK, caseVerdict } from '../support/case-verdicts.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { join } from 'node:path';
import { casesDir } from '../support/case-verdicts.js';

const catalogue = loadCatalogue();
/** The same catalogue as if no rule asked for an advice first. */
const withoutAdviceFirst: Catalogue = { ...catalogue, riskRules: catalogue.riskRules.map(({ requiresAdvice: _, ...rule }) => rule) };
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a rule that asks for an advice first', () => {
  it('is set on RR-INCIDENT-SCHADE, the damage-at-home rule, and on no level beyond the keurmerk', () => {
    expect(catalogue.riskRules.filter((r) => r.requiresAdvice).map((r) => r.id)).toEqual(['RR-INCIDENT-SCHADE']);
  });

  it('without an advice, blocks every measure against its scenarios even with every basic in order (case 19)', () => {
    const verdict = caseVerdict('19-schade-thuis-eerst-advies', catalogue);
    expect(verdict.adviceFirst).toEqual({ rules: ['RR-INCIDENT-SCHADE'], scenarios: ['SC-01', 'SC-02', 'SC-03'] });
    const letterbox = verdict.funding.find((f) => f.measure === 'WON-16');
    expect(letterbox).toMatchObject({ decision: 'blocked', blockedBy: [], awaitingAdvice: ['SC-02'] });
    for (const f of verdict.funding) {
      const awaiting = f.scenarios.filter((s) => verdict.adviceFirst?.scenarios.includes(s));
      expect(f.awaitingAdvice ?? []).toEqual(awaiting);
      if (awaiting.length > 0) expect(f.decision).toBe('blocked');
    }
    for (const c of verdict.coverage) expect(c.awaitingAdvice === true).toBe(['SC-01', 'SC-02', 'SC-03'].includes(c.scenario));
  });

  it('changes nothing for measures against other scenarios, nor the outcome, the statuses or the plan', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue, { advice: false }), (answers) => {
        const verdict = evaluate(catalogue, answers, CASE_CLOCK);
        const plain = evaluate(withoutAdviceFirst, answers, CASE_CLOCK);
        expect(verdict.outcome).toBe(plain.outcome);
        expect(verdict.requirements).toEqual(plain.requirements);
        expect(verdict.gapPlan.items.map((i) => i.requirement)).toEqual(plain.gapPlan.items.map((i) => i.requirement));
        const awaited = new Set(verdict.adviceFirst?.scenarios ?? []);
        for (const [i, f] of verdict.funding.entries()) {
          const other = plain.funding[i];
          expect(f.blockedBy).toEqual(other?.blockedBy);
          if (!f.scenarios.some((s) => awaited.has(s))) expect(f.decision).toBe(other?.decision);
          else expect(f.decision).toBe('blocked');
        }
        if (verdict.adviceFirst) expect(verdict.certifiable).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('with an advice in the answers, awaits nothing: the advice levels apply (case 19b)', () => {
    const verdict = caseVerdict('19b-schade-thuis-met-advies', catalogue);
    expect(verdict.adviceFirst).toBeUndefined();
    expect(verdict.risk.find((r) => r.scenario === 'SC-02')).toMatchObject({ level: 'C', basis: { kind: 'advice' } });
    expect(verdict.funding.every((f) => f.awaitingAdvice === undefined && f.decision === 'fundable')).toBe(true);
  });

  it('says so first in the terminal, in Dutch and English, and names the advice as the first step of a blocked measure', () => {
    const verdict = caseVerdict('19-schade-thuis-eerst-advies', catalogue);
    const nl = renderVerdictText(verdict, catalogue, 'nl');
    const lines = nl.split('\n');
    expect(lines.indexOf('>> VRAAG EERST EEN BEVEILIGINGSADVIES AAN')).toBeGreaterThan(0);
    expect(lines.indexOf('>> VRAAG EERST EEN BEVEILIGINGSADVIES AAN')).toBeLessThan(lines.indexOf('WAT UW WERKGEVER NU KAN BEKOSTIGEN'));
    expect(flat(nl)).toContain('tot het er is, kan uw werkgever niets bekostigen tegen: confrontatie of intimidatie aan de deur of op de oprit');
    expect(flat(nl)).toContain('1. Eerst een vastgesteld beveiligingsadvies van het CCV');
    expect(flat(nl)).toContain('Voorlopig: het beveiligingsadvies stelt de risiconiveaus vast');
    const en = flat(renderVerdictText(verdict, catalogue, 'en'));
    expect(en).toContain('ASK FOR A SECURITY ADVICE FIRST');
    expect(en).toContain('until it is there, your employer can fund nothing against:');
  });

  it('keeps a certificate from being issued, saying why', () => {
    const answers = { ...readAnswers(join(casesDir, '19-schade-thuis-eerst-advies', 'answers.yaml'), catalogue), kind: 'inspection' as const };
    const verdict = evaluate(catalogue, answers, CASE_CLOCK);
    const signer = { organization: 'X', test: true, validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z' };
    const dwelt = { ...answers, subject: { ...answers.subject, dwelling: { postcode: '1234 AB', houseNumber: '1' } }, inspection: { firm: 'X', inspector: 'Y' } };
    let code = 'issued';
    try {
      certificateStatement(verdict, dwelt, catalogue, signer);
    } catch (error) {
      code = error instanceof UserError ? (error.problems[0]?.code ?? '') : 'other';
    }
    expect(code).toBe('certificate-advice-first');
    expect(verdict.coverage.filter((c) => c.awaitingAdvice).every((c) => !c.certifiable)).toBe(true);
  });
});
