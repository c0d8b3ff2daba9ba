import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, Condition } from '../../src/catalogue/catalogue-types.js';
import { evaluateCondition, type ConditionContext } from '../../src/condition/evaluate-condition.js';

const levelOrder = new Map([['A', 0], ['B', 1], ['C', 2]]);
const ctx = (values: Record<string, AnswerValue>, levels: Record<string, number> = { inbraak: 0, dreiging: 1 }): ConditionContext => ({
  values: new Map(Object.entries(values)),
  scenarioLevels: new Map(Object.entries(levels)),
  levelOrder,
});

describe('three-valued conditions', () => {
  it('is unknown, not false, when the answer it needs is missing', () => {
    expect(evaluateCondition({ answer: 'achterdeur', is: true }, ctx({}))).toBeUndefined();
    expect(evaluateCondition({ not: { answer: 'achterdeur', is: true } }, ctx({}))).toBeUndefined();
  });

  it('makes all false as soon as one part is false, even when another is unknown', () => {
    const c: Condition = { all: [{ answer: 'a', is: true }, { answer: 'b', is: true }] };
    expect(evaluateCondition(c, ctx({ a: false }))).toBe(false);
    expect(evaluateCondition(c, ctx({ a: true }))).toBeUndefined();
    expect(evaluateCondition(c, ctx({ a: true, b: true }))).toBe(true);
  });

  it('makes any true as soon as one part is true, even when another is unknown', () => {
    const c: Condition = { any: [{ answer: 'a', is: true }, { answer: 'b', is: true }] };
    expect(evaluateCondition(c, ctx({ b: true }))).toBe(true);
    expect(evaluateCondition(c, ctx({ a: false }))).toBeUndefined();
    expect(evaluateCondition(c, ctx({ a: false, b: false }))).toBe(false);
  });

  it('compares choices, lists and numbers by their type', () => {
    expect(evaluateCondition({ answer: 'slot', oneOf: ['skg2', 'skg3'] }, ctx({ slot: 'skg3' }))).toBe(true);
    expect(evaluateCondition({ answer: 'slot', oneOf: ['skg2'] }, ctx({ slot: 'geen' }))).toBe(false);
    expect(evaluateCondition({ answer: 'media', includes: 'adres' }, ctx({ media: ['foto', 'adres'] }))).toBe(true);
    expect(evaluateCondition({ answer: 'media', includes: 'adres' }, ctx({ media: [] }))).toBe(false);
    expect(evaluateCondition({ answer: 'n', atLeast: 2 }, ctx({ n: 2 }))).toBe(true);
    expect(evaluateCondition({ answer: 'n', atMost: 1 }, ctx({ n: 2 }))).toBe(false);
    expect(evaluateCondition({ answer: 'n', atLeast: 2 }, ctx({ n: 'twee' }))).toBe(false);
  });

  it('compares risk levels by their order in the catalogue, not by their names', () => {
    expect(evaluateCondition({ risk: 'dreiging', atLeast: 'B' }, ctx({}))).toBe(true);
    expect(evaluateCondition({ risk: 'inbraak', atLeast: 'B' }, ctx({}))).toBe(false);
    expect(evaluateCondition({ anyRisk: { atLeast: 'B' } }, ctx({}))).toBe(true);
    expect(evaluateCondition({ anyRisk: { atLeast: 'C' } }, ctx({}))).toBe(false);
    const reversed = { ...ctx({}), levelOrder: new Map([['C', 0], ['B', 1], ['A', 2]]) };
    expect(evaluateCondition({ risk: 'dreiging', atLeast: 'A' }, reversed)).toBe(false);
  });

  it('agrees with two-valued logic whenever every answer is given', () => {
    const leaf = fc.constantFrom('a', 'b', 'c').map((answer): Condition => ({ answer, is: true }));
    const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('c'), { maxLength: 3 }).map((all): Condition => ({ all })),
        fc.array(tie('c'), { maxLength: 3 }).map((any): Condition => ({ any })),
        tie('c').map((not): Condition => ({ not })),
      ),
    })).c;
    const classic = (c: Condition, v: Record<string, boolean>): boolean => {
      if ('all' in c) return c.all.every((p) => classic(p, v));
      if ('any' in c) return c.any.some((p) => classic(p, v));
      if ('not' in c) return !classic(c.not, v);
      return 'answer' in c && 'is' in c ? v[c.answer] === c.is : false;
    };
    fc.assert(
      fc.property(condition, fc.record({ a: fc.boolean(), b: fc.boolean(), c: fc.boolean() }), (c, v) => {
        expect(evaluateCondition(c, ctx(v))).toBe(classic(c, v));
      }),
    );
  });

  it('never flips a known result when a missing answer is filled in', () => {
    const condition: Condition = { any: [{ all: [{ answer: 'a', is: true }, { not: { answer: 'b', is: true } }] }, { answer: 'c', is: true }] };
    fc.assert(
      fc.property(fc.record({ a: fc.boolean(), b: fc.boolean(), c: fc.boolean() }), fc.subarray(['a', 'b', 'c']), (full, hidden) => {
        const partial = Object.fromEntries(Object.entries(full).filter(([k]) => !hidden.includes(k)));
        const known = evaluateCondition(condition, ctx(partial));
        if (known !== undefined) expect(evaluateCondition(condition, ctx(full))).toBe(known);
      }),
    );
  });
});
