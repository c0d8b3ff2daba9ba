import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { conditionAnswerRefs } from '../../src/condition/condition-references.js';
import { seededRandom, seedFromText } from '../../src/policy/seeded-random.js';
import { syntheticCase } from '../../src/policy/synthetic-population.js';
import { answersFromValues } from '../../src/answers/answers-from-values.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { evaluationClock } from '../../src/policy/simulate-population.js';
import { growthCatalogue } from '../../bench/growth-catalogue.js';

const catalogue = loadCatalogue();
const grown = growthCatalogue(catalogue, 10);
const copyOf = (id: string, copy: number) => `${id}-x${copy}`;

describe('the 10× catalogue the bench measures growth with', () => {
  it('asks every fact about the home once and reads it from every copy, and gives each copy its own measure questions', () => {
    const ids = grown.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const copied = catalogue.questions.filter((q) => ids.includes(copyOf(q.id, 2)));
    const shared = catalogue.questions.filter((q) => !ids.includes(copyOf(q.id, 2)));
    expect(shared.length).toBeGreaterThan(0);
    expect(copied.length).toBeGreaterThan(0);
    // Facts once, measures ten times: shared + 10 × copied.
    expect(grown.questions).toHaveLength(shared.length + 10 * copied.length);
  });

  it('has each copy of a requirement apply under the same questions as the original and judge it by its own copies', () => {
    for (const original of catalogue.requirements) {
      const copy = grown.requirements.find((r) => r.id === `${original.id}-X7`);
      expect(copy, original.id).toBeDefined();
      if (!copy) continue;
      // The same condition on the same (shared) questions, not a copy of its own.
      expect(copy.appliesWhen).toEqual(original.appliesWhen);
      const copiedIds = new Set(grown.questions.map((q) => q.id));
      for (const id of copy.metWhen ? conditionAnswerRefs(copy.metWhen) : []) {
        const base = id.replace(/-x7$/, '');
        expect(id === base ? !copiedIds.has(copyOf(base, 7)) : copiedIds.has(id), `${copy.id} reads ${id}`).toBe(true);
      }
      expect(copy.risks.map((link) => link.scenario)).toEqual(original.risks.map((link) => copyOf(link.scenario, 7)));
    }
  });

  it('raises every copy of a scenario by the same risk rules', () => {
    expect(grown.riskRules).toHaveLength(catalogue.riskRules.length);
    grown.riskRules.forEach((rule, i) => {
      const original = catalogue.riskRules[i];
      expect(rule.when).toEqual(original?.when);
      for (const scenario of original?.scenarios ?? []) for (let copy = 2; copy <= 10; copy++) expect(rule.scenarios).toContain(copyOf(scenario, copy));
    });
  });

  it('gives the verdict of the original when every copy is answered as the original', () => {
    const clock = evaluationClock(catalogue);
    const random = seededRandom(4);
    const grownIds = new Set(grown.questions.map((q) => q.id));
    for (let i = 0; i < 40; i++) {
      const { answers } = syntheticCase(catalogue, random, i);
      const values: Record<string, unknown> = {};
      for (const [id, given] of Object.entries(answers.answers)) {
        values[id] = given;
        for (let copy = 2; copy <= 10; copy++) if (grownIds.has(copyOf(id, copy))) values[copyOf(id, copy)] = given;
      }
      const meta = { kind: answers.kind, date: answers.date, subject: answers.subject, exceptions: answers.exceptions, refusals: answers.refusals };
      const small = evaluate(catalogue, answers, clock);
      const large = evaluate(grown, answersFromValues(grown, meta, values as Parameters<typeof answersFromValues>[2]), clock);
      expect(large.outcome, `case ${i}`).toBe(small.outcome);
      const status = new Map(small.requirements.map((r) => [r.requirement, r.status]));
      for (const r of large.requirements) expect(r.status, r.requirement).toBe(status.get(r.requirement.replace(/-X\d+$/, '')));
    }
  });
});

describe('the seeded generator', () => {
  it('gives the same sequence as ever for a seed (mulberry32), so a seed keeps naming the same population', () => {
    const random = seededRandom(1);
    expect([random.next(), random.next(), random.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect([random.integer(1, 6), random.chance(0.5), random.pick(['a', 'b', 'c'])]).toEqual([6, false, 'a']);
    expect(seededRandom(seedFromText('abc')).next()).toBe(0.5166419988963753);
  });
});
