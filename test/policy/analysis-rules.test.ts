import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { fixturesDir, bundledSpecDir } from '../../src/package-paths.js';
import { runMain } from '../../cli/main.js';
import { conditionCanHold, type ConditionSpace } from '../../src/condition/condition-satisfiability.js';
import { evaluateCondition } from '../../src/condition/evaluate-condition.js';
import type { AnswerValue, Condition } from '../../src/catalogue/catalogue-types.js';
import { captureIo } from '../support/capture-io.js';

interface Expected {
  defect: string;
  findings: { code: string; severity: string; file: string; line: number; column: number }[];
}

const root = join(fixturesDir, 'catalogues', 'analysis');
const cases = readdirSync(root).sort();
const ANALYSIS_CODES = [
  'question-unreachable',
  'condition-never-holds',
  'condition-never-holds-together',
  'requirement-only-by-advice',
  'requirement-always-applies',
  'level-without-requirements',
];

describe('static analysis of the catalogue logic', () => {
  it('has a broken fixture catalogue for every finding it can report', () => {
    const triggered = cases.flatMap((name) => (parse(readFileSync(join(root, name, 'expected.yaml'), 'utf8')) as Expected).findings.map((f) => f.code));
    expect([...new Set(triggered)].sort()).toEqual([...ANALYSIS_CODES].sort());
  });

  describe.each(cases)('%s', (name) => {
    const expected = parse(readFileSync(join(root, name, 'expected.yaml'), 'utf8')) as Expected;
    const dir = join(root, name, 'catalogue');

    it(`reports exactly the expected findings: ${expected.defect}`, () => {
      const { problems } = readCatalogue(dir, dir);
      expect(problems.map(({ code, severity, file, line, column }) => ({ code, severity, file, line, column }))).toEqual(expected.findings);
    });

    it('shows the findings in spec validate, failing only on errors', async () => {
      const io = captureIo({ cwd: dir });
      const exit = await runMain(['spec', 'validate', '.'], io);
      expect(exit).toBe(expected.findings.some((f) => f.severity === 'error') ? 1 : 0);
      for (const f of expected.findings) expect(io.out).toContain(`${f.file}:${f.line}:${f.column}: ${f.severity === 'error' ? 'fout' : 'waarschuwing'} ${f.code} `);
    });
  });

  it('finds no logic error in the bundled catalogue', () => {
    const { problems } = readCatalogue(bundledSpecDir);
    expect(problems.filter((p) => p.severity === 'error' && ANALYSIS_CODES.includes(p.code))).toEqual([]);
  });

  it('the untouched minimal catalogue has no analysis finding at all', () => {
    const dir = join(fixturesDir, 'catalogues', 'minimal');
    expect(readCatalogue(dir, dir).problems.filter((p) => ANALYSIS_CODES.includes(p.code))).toEqual([]);
  });
});

describe('the satisfiability check', () => {
  const questions = new Map([
    ['b', { id: 'b', section: 'wonen' as const, text: { nl: 'b', en: 'b' }, type: 'boolean' as const }],
    ['c', { id: 'c', section: 'wonen' as const, text: { nl: 'c', en: 'c' }, type: 'choice' as const, options: ['x', 'y', 'z'].map((value) => ({ value, label: { nl: value, en: value } })) }],
    ['n', { id: 'n', section: 'wonen' as const, text: { nl: 'n', en: 'n' }, type: 'number' as const, min: 0, max: 10 }],
    ['m', { id: 'm', section: 'wonen' as const, text: { nl: 'm', en: 'm' }, type: 'multi' as const, options: ['p', 'q'].map((value) => ({ value, label: { nl: value, en: value } })) }],
  ]);
  const space: ConditionSpace = { questions, unreachable: new Set(), levels: ['A', 'B', 'C'], scenarios: new Set(['S1', 'S2']) };

  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.boolean().map((is) => ({ answer: 'b', is })),
    fc.constantFrom('x', 'y', 'z').map((is) => ({ answer: 'c', is })),
    fc.subarray(['x', 'y', 'z']).map((oneOf) => ({ answer: 'c', oneOf })),
    fc.integer({ min: 0, max: 10 }).map((atLeast) => ({ answer: 'n', atLeast })),
    fc.integer({ min: 0, max: 10 }).map((atMost) => ({ answer: 'n', atMost })),
    fc.constantFrom('p', 'q').map((includes) => ({ answer: 'm', includes })),
    fc.record({ risk: fc.constantFrom('S1', 'S2'), atLeast: fc.constantFrom('A', 'B', 'C') }),
    fc.constantFrom('A', 'B', 'C').map((atLeast) => ({ anyRisk: { atLeast } })),
  );
  const condition = fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })), fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })), tie('c').map((c) => ({ not: c }))),
  })).c;
  const assignment = fc.record({
    b: fc.boolean(),
    c: fc.constantFrom('x', 'y', 'z'),
    n: fc.double({ min: 0, max: 10, noNaN: true }),
    m: fc.subarray(['p', 'q']),
    S1: fc.integer({ min: 0, max: 2 }),
    S2: fc.integer({ min: 0, max: 2 }),
  });

  it('never calls a condition impossible when some answers make it hold', () => {
    fc.assert(
      fc.property(condition, assignment, (c, a) => {
        const values = new Map<string, AnswerValue>([['b', a.b], ['c', a.c], ['n', a.n], ['m', a.m]]);
        const ctx = { values, scenarioLevels: new Map([['S1', a.S1], ['S2', a.S2]]), levelOrder: new Map([['A', 0], ['B', 1], ['C', 2]]) };
        if (evaluateCondition(c, ctx) === true) expect(conditionCanHold(c, space)).not.toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('calls a yes-and-no contradiction impossible and its negation possible', () => {
    const contradiction: Condition = { all: [{ answer: 'b', is: true }, { answer: 'b', is: false }] };
    expect(conditionCanHold(contradiction, space)).toBe(false);
    expect(conditionCanHold({ not: contradiction }, space)).toBe(true);
  });

  it('treats a question that is never asked as never answered', () => {
    expect(conditionCanHold({ answer: 'b', is: true }, { ...space, unreachable: new Set(['b']) })).toBe(false);
    expect(conditionCanHold({ any: [{ answer: 'b', is: true }, { answer: 'c', is: 'x' }] }, { ...space, unreachable: new Set(['b']) })).toBe(true);
  });
});
