import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/verdict/evaluate.js';
import type { RequirementResult } from '../../src/verdict/verdict-types.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';

const catalogue = smallCatalogue();
const now = new Date('2026-11-28T12:00:00Z');
const result = (results: RequirementResult[], id: string) => results.find((r) => r.requirement === id);

describe('evaluating answers against the catalogue', () => {
  it('finds the basics in order when every applicable owner basic is met', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'wethouder', dreiging: false, verlichting: true, 'sociale-media': [] }), now);
    expect(verdict.outcome).toBe('basis-op-orde');
    expect(verdict.requirements.map((r) => [r.requirement, r.status])).toEqual([
      ['WON-01', 'met'],
      ['WON-02', 'not-applicable'],
      ['WON-03', 'not-applicable'],
      ['WRK-01', 'context'],
      ['INF-01', 'met'],
      ['WON-90', 'context'],
      ['WON-91', 'context'],
    ]);
    expect(result(verdict.requirements, 'WON-02')?.notApplicable).toEqual({
      kind: 'risk-below-level',
      links: [
        { scenario: 'SC-INB', level: 'A', minLevel: 'B' },
        { scenario: 'SC-DRG', level: 'A', minLevel: 'B' },
      ],
    });
    expect(verdict.gapPlan).toEqual({ items: [], total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 });
    expect(verdict.funding.map((f) => [f.measure, f.decision])).toEqual([
      ['WON-90', 'fundable'],
      ['WON-91', 'fundable'],
    ]);
    expect(verdict.certifiable).toBe(false);
  });

  it('says why a requirement applies and what is missing when it is not met', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, verlichting: false, achterdeur: true, slot: 'geen', 'sociale-media': ['adres'] }), now);
    expect(verdict.outcome).toBe('niet-op-orde');
    const won02 = result(verdict.requirements, 'WON-02');
    expect(won02?.status).toBe('not-met');
    expect(won02?.appliesBecause).toEqual([
      { scenario: 'SC-INB', level: 'B', minLevel: 'B' },
      { scenario: 'SC-DRG', level: 'B', minLevel: 'B' },
    ]);
    expect(won02?.answers).toEqual([
      { question: 'achterdeur', value: true },
      { question: 'slot', value: 'geen' },
    ]);
    expect(verdict.gapPlan.items.map((i) => [i.requirement, i.status])).toEqual([
      ['WON-01', 'not-met'],
      ['WON-02', 'not-met'],
      ['WON-03', 'unanswered'],
      ['INF-01', 'not-met'],
    ]);
    expect(verdict.gapPlan.items[1]?.exceptions).toEqual(['EXC-MON', 'EXC-NIEUW']);
    expect(verdict.gapPlan.total).toEqual({ min: 300, max: 800 });
    // WON-03 has no price; INF-01 needs no purchase: neither is added as € 0.
    expect(verdict.gapPlan.withoutCost).toBe(1);
    expect(verdict.gapPlan.noPurchase).toBe(1);
  });

  it('is not applicable with the answers used when the condition of a requirement does not hold', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, achterdeur: false }), now);
    expect(result(verdict.requirements, 'WON-02')).toMatchObject({
      status: 'not-applicable',
      notApplicable: { kind: 'condition-not-holding', answers: [{ question: 'achterdeur', value: false }] },
    });
  });

  it('is incomplete, not failed, while applicable basics are only unanswered', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, verlichting: true, 'sociale-media': [] }), now);
    expect(verdict.outcome).toBe('onvolledig');
    expect(result(verdict.requirements, 'WON-02')?.status).toBe('unanswered');
    expect(result(verdict.requirements, 'WON-02')?.answers).toEqual([
      { question: 'achterdeur', value: null },
      { question: 'slot', value: null },
    ]);
  });

  it('exempts a requirement when a claim names an allowed exception whose condition holds', () => {
    const claim = {
      exception: 'EXC-MON',
      requirements: ['WON-02'],
      justification: 'Rijksmonument',
      evidence: { level: 'document' as const, reference: 'RM-123' },
      monument: { register: 'rijksmonumentenregister' as const, number: '123', elements: ['achterdeur'] },
    };
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, achterdeur: true, slot: 'geen', monument: true }, { exceptions: [claim] }), now);
    expect(result(verdict.requirements, 'WON-02')).toMatchObject({
      status: 'exempt',
      exemption: { exception: 'EXC-MON', justification: 'Rijksmonument', evidence: 'document', reference: 'RM-123' },
      evidence: { required: 'document', given: 'document', sufficient: true },
    });
    const notMonument = evaluate(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, achterdeur: true, slot: 'geen', monument: false }, { exceptions: [claim] }), now);
    expect(result(notMonument.requirements, 'WON-02')?.status).toBe('not-met');
  });

  it('refers on instead of judging when a scenario reaches a level that is not certifiable', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'wethouder', dreiging: true, ernstig: true, verlichting: true }), now);
    expect(verdict.outcome).toBe('doorverwijzen');
    expect(verdict.risk[1]).toEqual({ scenario: 'SC-DRG', level: 'C', basis: { kind: 'rule', rule: 'RR-3' } });
  });

  it('grants a certificate only for an inspection whose evidence reaches every demand', () => {
    const values = {
      functie: 'wethouder',
      dreiging: false,
      verlichting: { value: true, evidence: 'inspected' as const },
      'sociale-media': { value: [], evidence: 'self-declared' as const },
    };
    const inspection = evaluate(catalogue, smallAnswers(values, { kind: 'inspection', inspection: { firm: 'Veilig BV', inspector: 'J. Jansen' } }), now);
    expect(inspection.outcome).toBe('basis-op-orde');
    expect(inspection.certifiable).toBe(true);
    const weak = evaluate(catalogue, smallAnswers({ ...values, verlichting: true }, { kind: 'inspection' }), now);
    expect(result(weak.requirements, 'WON-01')?.evidence).toEqual({ required: 'document', given: 'self-declared', sufficient: false });
    expect(weak.certifiable).toBe(false);
    expect(evaluate(catalogue, smallAnswers(values), now).certifiable).toBe(false);
  });

  it('shows employer measures for context without letting them decide the outcome', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'wethouder', dreiging: false, verlichting: true, 'sociale-media': [] }), now);
    expect(result(verdict.requirements, 'WRK-01')?.status).toBe('context');
    expect(verdict.domains.find((d) => d.domain === 'werk')).toEqual({
      domain: 'werk', applicable: 0, met: 0, exempt: 0, waived: 0, notMet: 0, refused: 0, claimed: 0, unanswered: 0, notApplicable: 0,
    });
  });

  it('gives byte-identical canonical JSON for the same inputs', () => {
    const answers = smallAnswers({ functie: 'burgemeester', dreiging: true, ernstig: false, verlichting: true });
    expect(canonicalVerdictJson(evaluate(catalogue, answers, now))).toBe(canonicalVerdictJson(evaluate(catalogue, structuredClone(answers), now)));
    expect(evaluate(catalogue, answers, now).evaluatedAt).toBe('2026-11-28T12:00:00.000Z');
  });
});
