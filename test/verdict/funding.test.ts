import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Advice, Answers } from '../../src/answers/answers-types.js';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import { conditionAnswerRefs } from '../../src/condition/condition-references.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';
import { answersArbitrary, valueArbitrary } from '../support/answers-arbitrary.js';
import { catalogues } from '../support/engine-catalogues.js';
import { verdictSchemaValidator } from '../support/verdict-schema.js';

const catalogue = smallCatalogue();
const now = new Date('2026-11-28T12:00:00Z');
const advice = (extra: Partial<Advice> = {}): Advice => ({ reference: 'CCV-2026-0412', date: '2026-10-01', measures: [], levels: {}, waives: [], hardConditions: [], ...extra });
/** The terminal text with its line wrapping undone, for sentences that may wrap anywhere. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const decision = (answers: Answers, measure: string) => evaluate(catalogue, answers, now).funding.find((f) => f.measure === measure);
/** A burgemeester (both scenarios at B) with a back door whose lock is not certified (WON-02 not met, via SC-INB and SC-DRG). */
const burgemeester = { functie: 'burgemeester', dreiging: false, verlichting: true, achterdeur: true, slot: 'geen', camera: 1, 'sociale-media': [] as string[] };

describe('the funding decision per measure', () => {
  it('blocks a measure only by the owner basics that apply through one of its scenarios', () => {
    // Wethouder: both scenarios at A. INF-01 (via SC-DRG) not met blocks the letterbox (SC-DRG), not the alarm (SC-INB).
    const answers = smallAnswers({ functie: 'wethouder', dreiging: false, verlichting: true, 'sociale-media': ['adres'] });
    const verdict = evaluate(catalogue, answers, now);
    expect(verdict.funding).toEqual([
      { measure: 'WON-90', scenarios: ['SC-DRG'], advised: false, decision: 'blocked', blockedBy: [{ requirement: 'INF-01', status: 'not-met', via: ['SC-DRG'] }], certifiable: false },
      { measure: 'WON-91', scenarios: ['SC-INB'], advised: false, decision: 'fundable', blockedBy: [], certifiable: false },
    ]);
    // INF-01 is informatie: a kader, so the outcome for the home is unchanged.
    expect(verdict.outcome).toBe('basis-op-orde');
  });

  it('lists what unblocks a measure cheapest first: questions to answer, then no purchase, then by price', () => {
    const answers = smallAnswers({ functie: 'burgemeester', dreiging: false, verlichting: false, achterdeur: true, slot: 'geen', 'sociale-media': ['adres'] });
    expect(decision(answers, 'WON-90')?.blockedBy.map((b) => `${b.requirement} ${b.status}`)).toEqual(['WON-03 unanswered', 'INF-01 not-met', 'WON-02 not-met']);
  });

  it('decides only the advised measures when the advice names any, and a hard condition blocks each of them', () => {
    const answers = smallAnswers(burgemeester, { advice: advice({ measures: ['WON-91'], hardConditions: ['INF-01'] }) });
    const blocked = smallAnswers({ ...burgemeester, 'sociale-media': ['adres'] }, { advice: advice({ measures: ['WON-91'], hardConditions: ['INF-01'] }) });
    expect(evaluate(catalogue, answers, now).funding.map((f) => f.measure)).toEqual(['WON-91']);
    expect(decision(blocked, 'WON-91')?.blockedBy).toEqual([
      { requirement: 'INF-01', status: 'not-met', via: [], hardCondition: true },
      { requirement: 'WON-02', status: 'not-met', via: ['SC-INB'] },
    ]);
    // A hard condition joins the outcome for the home even outside wonen.
    expect(evaluate(catalogue, blocked, now).outcome).toBe('niet-op-orde');
  });

  it('lets an advice waive a basic: it no longer blocks, and counts as in order', () => {
    const verdict = evaluate(catalogue, smallAnswers(burgemeester, { advice: advice({ waives: ['WON-02'] }) }), now);
    expect(verdict.requirements.find((r) => r.requirement === 'WON-02')).toMatchObject({ status: 'waived', waiver: { advice: 'CCV-2026-0412' } });
    expect(verdict.funding.every((f) => f.decision === 'fundable')).toBe(true);
    expect(verdict.outcome).toBe('basis-op-orde');
  });

  it('reports a reasoned refusal as the bestuurder’s own choice, blocking only the measures of its scenarios', () => {
    const answers = smallAnswers({ functie: 'wethouder', dreiging: false, verlichting: true, 'sociale-media': ['adres'] }, { refusals: [{ requirement: 'INF-01', reason: 'publiek account voor het ambt' }] });
    const verdict = evaluate(catalogue, answers, now);
    expect(verdict.requirements.find((r) => r.requirement === 'INF-01')).toMatchObject({ status: 'refused', refusal: { reason: 'publiek account voor het ambt' } });
    expect(verdict.funding.map((f) => `${f.measure} ${f.decision}`)).toEqual(['WON-90 blocked', 'WON-91 fundable']);
    expect(verdict.outcome).toBe('basis-op-orde');
    expect(verdict.gapPlan.items).toEqual([]);
    const text = flat(renderVerdictText(verdict, catalogue, 'nl'));
    expect(text).toContain('eigen keuze en het eigen risico van de bestuurder');
    expect(text).toContain('Gemotiveerd afgezien (uw eigen keuze): Adres');
  });

  it('lets the advice weigh a reasoned refusal (seed §3.2.4a): a waived refusal blocks nothing', () => {
    const refusals = [{ requirement: 'INF-01', reason: 'publiek account voor het ambt' }];
    const answers = smallAnswers({ functie: 'wethouder', dreiging: false, verlichting: true, 'sociale-media': ['adres'] }, { refusals, advice: advice({ waives: ['INF-01'] }) });
    const verdict = evaluate(catalogue, answers, now);
    expect(verdict.requirements.find((r) => r.requirement === 'INF-01')?.status).toBe('waived');
    expect(verdict.funding.map((f) => `${f.measure} ${f.decision}`)).toEqual(['WON-90 fundable', 'WON-91 fundable']);
  });

  it('shows the funding decision first in the terminal, before the outcome for the home', () => {
    const text = renderVerdictText(evaluate(catalogue, smallAnswers({ functie: 'wethouder', dreiging: false, verlichting: false, 'sociale-media': [] }), now), catalogue, 'nl');
    const lines = text.split('\n');
    const funding = lines.indexOf('WAT UW WERKGEVER NU KAN BEKOSTIGEN');
    const first = lines.indexOf('WAT EERST NODIG IS');
    const outcome = lines.findIndex((l) => l.endsWith('(WONING)'));
    expect(funding).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(funding);
    expect(outcome).toBeGreaterThan(first);
    expect(flat(text)).toContain('[v] Buitenbrievenbus — kan nu worden bekostigd tegen: bedreiging');
    expect(flat(text)).toContain('[ ] Alarm tegen: inbraak Eerst nodig (goedkoopste eerst): 1. Verlichting: Verlichting aanbrengen (indicatief € 100 – € 300 incl. btw)');
  });

  it('never prints a € 0 total for items without a price, and counts them', () => {
    const verdict = evaluate(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, verlichting: true, achterdeur: false, camera: 0, 'sociale-media': ['adres'] }), now);
    expect(verdict.gapPlan.items.map((i) => i.requirement)).toEqual(['WON-03', 'INF-01']);
    const text = flat(renderVerdictText(verdict, catalogue, 'nl'));
    expect(text).not.toMatch(/€ 0\b/);
    expect(text).toContain('1 maatregel zonder aanschafkosten; 1 maatregel zonder prijs');
    expect(text).toContain('prijs onbekend');
  });
});

describe('exceptions that need proof', () => {
  const monument = { functie: 'burgemeester', dreiging: false, verlichting: true, achterdeur: true, slot: 'geen', monument: true, camera: 1, 'sociale-media': [] as string[] };
  const claim = { exception: 'EXC-MON', requirements: ['WON-02'], justification: 'Het huis is een monument.', evidence: { level: 'document' as const } };
  const status = (answers: Answers) => evaluate(catalogue, answers, now).requirements.find((r) => r.requirement === 'WON-02');

  it('keeps a claim without a reference or its structured fields claimed, not exempt, and names what is missing', () => {
    const result = status(smallAnswers(monument, { kind: 'inspection', inspection: { firm: 'Veilig BV', inspector: 'J. Jansen' }, exceptions: [claim] }));
    expect(result).toMatchObject({ status: 'claimed', claim: { exception: 'EXC-MON', evidence: 'document', missing: [{ kind: 'reference' }, { kind: 'field', field: 'monument' }] } });
    const verdict = evaluate(catalogue, smallAnswers(monument, { kind: 'inspection', inspection: { firm: 'Veilig BV', inspector: 'J. Jansen' }, exceptions: [claim] }), now);
    expect(verdict.outcome).toBe('onvolledig');
    expect(verdict.certifiable).toBe(false);
    expect(verdict.coverage.find((c) => c.scenario === 'SC-INB')).toMatchObject({ status: 'open', certifiable: false, notInOrder: [{ requirement: 'WON-02', status: 'claimed' }] });
    expect(flat(renderVerdictText(verdict, catalogue, 'nl'))).toContain('geclaimd maar nog niet bewezen; ontbreekt: de verwijzing naar het document, en register, monumentnummer en de betrokken elementen');
  });

  it('keeps a self-declared claim claimed where the exception asks for a document', () => {
    const selfDeclared = { ...claim, evidence: { level: 'self-declared' as const }, monument: { register: 'gemeentelijk' as const, number: '77', elements: ['achterdeur'] } };
    expect(status(smallAnswers(monument, { exceptions: [selfDeclared] }))).toMatchObject({ status: 'claimed', claim: { missing: [{ kind: 'evidence-level', required: 'document' }] } });
  });

  it('exempts only a proven claim: level, reference and structured fields', () => {
    const proven = { ...claim, evidence: { level: 'document' as const, reference: 'RM 512345' }, monument: { register: 'rijksmonumentenregister' as const, number: '512345', elements: ['achterdeur'] } };
    expect(status(smallAnswers(monument, { exceptions: [proven] }))?.status).toBe('exempt');
    const newBuild = { exception: 'EXC-NIEUW', requirements: ['WON-02'], justification: 'Bouwbesluit', evidence: { level: 'document' as const, reference: 'OV-2004-1' } };
    expect(status(smallAnswers(monument, { exceptions: [newBuild] }))?.status).toBe('claimed');
    expect(status(smallAnswers(monument, { exceptions: [{ ...newBuild, newBuild: { permitYear: 2004 } }] }))?.status).toBe('exempt');
  });
});

const runs = { numRuns: 150 };

describe.each(catalogues())('the proportionality laws on the $name catalogue', ({ catalogue }: { catalogue: Catalogue }) => {
  const riskInputs = new Set(catalogue.riskRules.flatMap((r) => conditionAnswerRefs(r.when)));
  const readers = (id: string) =>
    catalogue.requirements.filter((r) => [r.appliesWhen, r.metWhen].some((c) => c !== undefined && conditionAnswerRefs(c).includes(id))).map((r) => r.id);

  it('never changes a measure’s decision when the answer to an owner basic that does not apply through its scenarios changes', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue), fc.nat(), fc.nat(), fc.nat(), (answers, pickMeasure, pickBasic, seed) => {
        const before = evaluate(catalogue, answers, now);
        const measure = before.funding[pickMeasure % Math.max(1, before.funding.length)];
        if (!measure) return;
        const scenarios = new Set(measure.scenarios);
        const hard = new Set(answers.advice?.hardConditions ?? []);
        const applyingThrough = new Set(before.requirements.filter((r) => r.appliesBecause.some((l) => scenarios.has(l.scenario))).map((r) => r.requirement));
        const unrelated = before.requirements.filter((r) => r.responsibility === 'bestuurder' && !applyingThrough.has(r.requirement) && !hard.has(r.requirement));
        const basic = unrelated[pickBasic % Math.max(1, unrelated.length)];
        const requirement = catalogue.requirements.find((r) => r.id === basic?.requirement);
        if (!requirement?.metWhen) return;
        // Only questions no basic of this measure's scenarios reads and no risk rule reads: the change touches the unrelated basic alone.
        const questions = conditionAnswerRefs(requirement.metWhen).filter((q) => !riskInputs.has(q) && readers(q).every((id) => !applyingThrough.has(id)));
        for (const id of questions) {
          const question = catalogue.questions.find((q) => q.id === id);
          if (!question) continue;
          const [value] = fc.sample(valueArbitrary(question), { numRuns: 1, seed });
          if (value === undefined) continue;
          const after = evaluate(catalogue, { ...answers, answers: { ...answers.answers, [id]: { value, evidence: 'self-declared' } } }, now);
          expect(after.funding.find((f) => f.measure === measure.measure)).toEqual(measure);
        }
      }),
      runs,
    );
  });

  it('gives a level-D verdict no requirement results, no plan, no funding and no coverage, and it still fits the schema', () => {
    const validate = verdictSchemaValidator();
    fc.assert(
      fc.property(answersArbitrary(catalogue), (answers) => {
        const verdict = evaluate(catalogue, answers, now);
        expect(validate(verdict) ? [] : validate.errors).toEqual([]);
        if (verdict.outcome !== 'doorverwijzen') return;
        expect(verdict.requirements).toEqual([]);
        expect(verdict.gapPlan.items).toEqual([]);
        expect(verdict.funding).toEqual([]);
        expect(verdict.coverage).toEqual([]);
        expect(verdict.referral?.scenarios.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('never makes a requirement exempt through a claim that lacks what its exception requires', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue), (answers) => {
        for (const r of evaluate(catalogue, answers, now).requirements) {
          if (r.status !== 'exempt') continue;
          const claimed = answers.exceptions.find((c) => c.exception === r.exemption?.exception && c.requirements.includes(r.requirement));
          const exception = catalogue.exceptions.find((e) => e.id === r.exemption?.exception);
          expect(claimed?.evidence.reference, r.requirement).toBeTruthy();
          if (exception?.proof?.kind === 'monument') expect(claimed?.monument).toBeDefined();
          if (exception?.proof?.kind === 'new-build') expect(claimed?.newBuild).toBeDefined();
        }
      }),
      runs,
    );
  });
});
