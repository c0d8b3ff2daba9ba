import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, Catalogue } from '../../src/catalogue/catalogue-types.js';
import type { Answers } from '../../src/answers/answers-types.js';
import { questionRelevance, relevantQuestionIds } from '../../src/verdict/question-relevance.js';
import { evaluateCondition, type ConditionContext } from '../../src/condition/evaluate-condition.js';
import { cataloguePlan } from '../../src/verdict/catalogue-plan.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../../src/risk/risk-profile.js';
import { answersFromValues } from '../../src/answers/answers-from-values.js';
import { catalogues } from '../support/engine-catalogues.js';
import { smallCatalogue } from '../support/small-catalogue.js';
import { valueArbitrary } from '../support/answers-arbitrary.js';

/**
 * The rule of question relevance as a plain fixpoint over all answers at once: the model that the
 * incremental tracker must agree with after every single answer.
 */
function modelRelevantIds(catalogue: Catalogue, answers: Answers): string[] {
  const plan = cataloguePlan(catalogue);
  const levelOrder = levelOrderOf(catalogue);
  const values = answerValues(answers);
  const profile = deriveRiskProfile(catalogue, answers, values);
  const scenarioLevels = new Map(profile.map((r) => [r.scenario, levelOrder.get(r.level) ?? 0]));
  // Under a level that is not certifiable (D) the check refers: only the intake is asked.
  const referred = profile.some((r) => !plan.certifiableLevels.has(r.level));
  const ctx: ConditionContext = { values, scenarioLevels, levelOrder };
  const needed = new Set<string>(plan.riskRuleRefs);
  for (const { requirement, appliesRefs, metRefs, claimRefs } of plan.requirements) {
    if (!requirement.risks.some((l) => (scenarioLevels.get(l.scenario) ?? -1) >= (levelOrder.get(l.minLevel) ?? Infinity))) continue;
    appliesRefs.forEach((id) => needed.add(id));
    if (requirement.appliesWhen && evaluateCondition(requirement.appliesWhen, ctx) === false) continue;
    [...metRefs, ...claimRefs].forEach((id) => needed.add(id));
  }
  const relevant = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of plan.questionsInFlowOrder) {
      if (relevant.has(q.id) || (q.section !== 'intake' && !needed.has(q.id))) continue;
      if (q.askWhen && evaluateCondition(q.askWhen, ctx) !== true) continue;
      relevant.add(q.id);
      for (const id of plan.askRefs.get(q.id) ?? []) {
        if (needed.has(id)) continue;
        needed.add(id);
        changed = true;
      }
    }
  }
  return plan.questionsInFlowOrder.filter((q) => relevant.has(q.id) && (!referred || q.section === 'intake')).map((q) => q.id);
}

const meta = { kind: 'self-check' as const, date: '2026-11-28', subject: { role: 'burgemeester' } };

/** A sequence of answers given, changed and taken back, in any order. */
function stepsArbitrary(catalogue: Catalogue): fc.Arbitrary<{ id: string; value: AnswerValue | undefined }[]> {
  const step = fc.constantFrom(...catalogue.questions).chain((q) => fc.record({ id: fc.constant(q.id), value: fc.option(valueArbitrary(q), { nil: undefined, freq: 6 }) }));
  return fc.array(step, { maxLength: 60 });
}

/**
 * The small catalogue plus a question `extra` that nothing needs, until the last question's
 * askWhen (which reads `extra` and the later `camera`) holds through `camera`: then the walk has to
 * go back to it.
 */
function catalogueThatGoesBack(): Catalogue {
  const catalogue = structuredClone(smallCatalogue());
  const template = catalogue.questions.find((q) => q.id === 'verlichting');
  const at = catalogue.questions.findIndex((q) => q.id === 'camera');
  if (!template || at < 0) throw new Error('small catalogue changed');
  catalogue.questions.splice(at, 0, { ...template, id: 'extra' });
  const last = catalogue.questions.find((q) => q.id === 'sociale-media');
  if (last) last.askWhen = { any: [{ answer: 'camera', atLeast: 1 }, { answer: 'extra', is: true }] };
  return catalogue;
}

describe('a walk that a later answer sends back', () => {
  it('asks the earlier question next, once a later answer makes it relevant', () => {
    const catalogue = catalogueThatGoesBack();
    const relevance = questionRelevance(catalogue);
    const walk = (answers: Record<string, AnswerValue>) => {
      const asked: string[] = [];
      for (let id = relevance.next(); id !== undefined; id = relevance.next()) {
        asked.push(id);
        relevance.visit(id);
        if (Object.hasOwn(answers, id)) relevance.answer(id, answers[id]);
      }
      return asked;
    };
    const asked = walk({ functie: 'burgemeester', dreiging: false, verlichting: true, achterdeur: false, monument: false, camera: 2, extra: false });
    expect(asked.slice(-3)).toEqual(['camera', 'extra', 'sociale-media']);
  });
});

describe.each([...catalogues(), { name: 'goes-back', catalogue: catalogueThatGoesBack() }])('relevance followed answer by answer ($name catalogue)', ({ catalogue }) => {
  it('agrees with the rule applied to all answers at once, after every answer given, changed or taken back', () => {
    fc.assert(
      fc.property(stepsArbitrary(catalogue), (steps) => {
        const relevance = questionRelevance(catalogue);
        const values: Record<string, AnswerValue> = {};
        for (const { id, value } of steps) {
          relevance.answer(id, value);
          if (value === undefined) delete values[id];
          else values[id] = value;
          const answers = answersFromValues(catalogue, meta, values);
          expect(relevance.relevantIds()).toEqual(modelRelevantIds(catalogue, answers));
        }
        expect(relevantQuestionIds(catalogue, answersFromValues(catalogue, meta, values))).toEqual(relevance.relevantIds());
      }),
      { numRuns: 60 },
    );
  });

  it('starts again, once restarted, as a new tracker does: with or without advice, whatever it was given and asked before', () => {
    // An advice that sets the first scenario to the highest level (which a check without it may never reach).
    const [first] = catalogue.scenarios;
    const highest = catalogue.levels[catalogue.levels.length - 1];
    const advised: Pick<Answers, 'advice'> = { advice: { reference: 'ADV-1', date: '2026-11-01', measures: [], levels: first && highest ? { [first.id]: highest.id } : {}, waives: [], hardConditions: [] } };
    const adviceArbitrary = fc.option(fc.constant(advised), { nil: undefined });
    fc.assert(
      fc.property(adviceArbitrary, stepsArbitrary(catalogue), stepsArbitrary(catalogue), (advice, before, after) => {
        const used = questionRelevance(catalogue, advice ?? {});
        for (const { id, value } of before) {
          used.answer(id, value);
          used.visit(id);
        }
        used.next();
        used.restart();
        const fresh = questionRelevance(catalogue, advice ?? {});
        for (const relevance of [used, fresh]) for (const { id, value } of after) relevance.answer(id, value);
        expect(used.relevantIds()).toEqual(fresh.relevantIds());
        // And the walk from there asks the same questions in the same order.
        const walk = (relevance: typeof used) => {
          const asked: string[] = [];
          for (let id = relevance.next(); id !== undefined; id = relevance.next()) {
            asked.push(id);
            relevance.visit(id);
          }
          return asked;
        };
        expect(walk(used)).toEqual(walk(fresh));
      }),
      { numRuns: 40 },
    );
  });

  it('asks next the first relevant question not yet asked, as the self-check does', () => {
    const answerOf = fc.func(fc.nat());
    fc.assert(
      fc.property(answerOf, (choose) => {
        const relevance = questionRelevance(catalogue);
        const values: Record<string, AnswerValue> = {};
        const asked = new Set<string>();
        for (let id = relevance.next(); id !== undefined; id = relevance.next()) {
          const expected = modelRelevantIds(catalogue, answersFromValues(catalogue, meta, values)).find((q) => !asked.has(q));
          expect(id).toBe(expected);
          asked.add(id);
          relevance.visit(id);
          const question = catalogue.questions.find((q) => q.id === id);
          const options = question ? fc.sample(valueArbitrary(question), { numRuns: 8, seed: 1 }) : [];
          const value = options[choose(id) % Math.max(options.length, 1)];
          if (value !== undefined) {
            values[id] = value;
            relevance.answer(id, value);
          }
        }
        expect(modelRelevantIds(catalogue, answersFromValues(catalogue, meta, values)).every((q) => asked.has(q))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
