import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledPopulationModel, readPopulationModel } from '../../src/policy/read-population-model.js';
import { assumptionsOf } from '../../src/policy/population-model.js';
import { centralParameters, drawCase, drawPlan, drawPopulation, sampledParameters } from '../../src/policy/population-draw.js';
import { seededRandom } from '../../src/policy/seeded-random.js';

const catalogue = loadCatalogue();
const model = readPopulationModel(bundledPopulationModel, catalogue);
const central = centralParameters(model);

describe('drawing bestuurders from the population model', () => {
  it('draws the offices in exactly the numbers of Tabel 3.1 for a population of 1,922', () => {
    const plan = drawPlan(model, catalogue, 1922);
    const counts = new Map<string, number>();
    for (const drawn of drawPopulation(plan, central, seededRandom(1))) counts.set(drawn.role, (counts.get(drawn.role) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(model.offices.map((o) => [o.role, o.holders.count])));
  });

  it('keeps the offices in proportion for any population size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (n) => {
        const plan = drawPlan(model, catalogue, n);
        expect(plan.slots).toHaveLength(n);
        model.offices.forEach((office, i) => {
          const expected = (office.holders.count * n) / model.total.holders.count;
          expect(Math.abs(plan.slots.filter((s) => s === i).length - expected)).toBeLessThan(1);
        });
      }),
      { numRuns: 50 },
    );
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 1921 })], { numRuns: 60 })(
    'draws every home for spec simulate, an advised case exactly as for the impact report, the others without an advice',
    (seed, index) => {
      const plan = drawPlan(model, catalogue, 1922);
      const impact = drawCase(plan, central, seededRandom(seed), index);
      const everyHome = drawCase(plan, central, seededRandom(seed), index, { everyHome: true });
      expect(everyHome.advice).toBe(impact.advice);
      if (impact.advice === 'report') expect(everyHome).toEqual(impact);
      else {
        expect(impact.answers).toBeUndefined();
        expect(everyHome.answers?.advice).toBeUndefined();
        expect(everyHome.answers?.subject.role).toBe(impact.role);
        expect(everyHome.measures).toEqual([]);
      }
    },
  );

  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 1921 })], { numRuns: 40 })('draws the same case from the same seed', (seed, index) => {
    const plan = drawPlan(model, catalogue, 1922);
    expect(drawCase(plan, central, seededRandom(seed), index)).toEqual(drawCase(plan, central, seededRandom(seed), index));
  });

  it('reaches the registry’s shares over a large population: reports per office as in Tabel 3.2, urgent as 48 of 433', () => {
    const plan = drawPlan(model, catalogue, 40_000);
    const reports = new Map<string, number>();
    let registered = 0;
    let urgent = 0;
    for (const drawn of drawPopulation(plan, central, seededRandom(7))) {
      if (drawn.advice !== 'none') registered += 1;
      if (drawn.advice === 'report') {
        reports.set(drawn.role, (reports.get(drawn.role) ?? 0) + 1);
        if (drawn.urgent) urgent += 1;
      }
    }
    const scale = 40_000 / model.total.holders.count;
    for (const office of model.offices.filter((o) => o.reports.count >= 100)) {
      expect((reports.get(office.role) ?? 0) / scale / office.reports.count, office.role).toBeGreaterThan(0.9);
      expect((reports.get(office.role) ?? 0) / scale / office.reports.count, office.role).toBeLessThan(1.1);
    }
    expect(registered / scale / model.total.registrations.count).toBeCloseTo(1, 1);
    const advised = [...reports.values()].reduce((a, b) => a + b, 0);
    expect(urgent / advised).toBeCloseTo(48 / 433, 1);
  });

  it('answers every drawn case as the flow could: the office, the urgent threat, and no question its askWhen rules out', () => {
    const plan = drawPlan(model, catalogue, 1922);
    for (const drawn of drawPopulation(plan, central, seededRandom(3))) {
      if (!drawn.answers) continue;
      const value = (id: string) => drawn.answers!.answers[id]?.value;
      expect(value('intake.rol')).toBe(drawn.role);
      expect(value('intake.concrete-dreiging')).toBe(drawn.urgent);
      if (drawn.urgent) expect(drawn.reasons).toContain('concrete-dreiging');
      if (value('wonen.voorgevel.bereikbaar') === false) expect(value('wonen.voorgevel.gecertificeerd')).toBeUndefined();
      for (const id of Object.keys(drawn.answers.answers)) expect(catalogue.questions.some((q) => q.id === id), id).toBe(true);
      for (const measure of drawn.measures) expect(catalogue.requirements.find((r) => r.id === measure)?.responsibility).toBe('werkgever');
    }
  });

  it('draws a basic as met with its probability, whichever answer meets it, and a fact as yes with its probability', () => {
    const plan = drawPlan(model, catalogue, 20_000);
    const tally = (id: string, value: boolean) => {
      let asked = 0;
      let matching = 0;
      for (const drawn of drawPopulation(plan, central, seededRandom(11))) {
        const answer = drawn.answers?.answers[id]?.value;
        if (answer === undefined) continue;
        asked += 1;
        if (answer === value) matching += 1;
      }
      return matching / asked;
    };
    // Met when there is no hiding place: 'no' is the answer that meets WON-13.
    expect(tally('wonen.voordeur.schuilplek', false)).toBeCloseTo(model.assumptions.basics['wonen.voordeur.schuilplek']!.value, 1);
    expect(tally('wonen.rookmelders', true)).toBeCloseTo(model.assumptions.basics['wonen.rookmelders']!.value, 1);
    expect(tally('verplaatsen.auto', true)).toBeCloseTo(model.assumptions.facts['verplaatsen.auto']!.value, 1);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 })], { numRuns: 50 })('draws every sensitivity parameter within its range, and survey shares within 0..1', (seed) => {
    const p = sampledParameters(model, seededRandom(seed));
    for (const { path, assumption } of assumptionsOf(model)) {
      const key = path.slice(1).join('.');
      expect(p.assumptions[key], key).toBeGreaterThanOrEqual(assumption.range[0]);
      expect(p.assumptions[key], key).toBeLessThanOrEqual(assumption.range[1]);
    }
    for (const shares of [...Object.values(p.reasons), ...Object.values(p.coverage)]) {
      for (const share of Object.values(shares)) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
  });

  it('spreads a survey share of n = 85 around its count: the Jeffreys posterior of 31 of 85', () => {
    const draws = Array.from({ length: 2000 }, (_, i) => sampledParameters(model, seededRandom(i)).reasons['provincie-waterschap']!['concrete-dreiging']);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length);
    // Beta(31.5, 54.5): mean 0.366, standard deviation 0.052.
    expect(mean).toBeCloseTo(31.5 / 86, 2);
    expect(sd).toBeGreaterThan(0.045);
    expect(sd).toBeLessThan(0.059);
  });
});
