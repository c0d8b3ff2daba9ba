/**
 * A saved state damaged by a disk, an editor or an attacker: refused with a message that names
 * what is wrong but never quotes an answer, and never with a warning of the YAML library.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseState, renderState } from '../../src/flow/state-file.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import { catalogue, lastAnswers, NOW, policyEvent, startActor } from '../flow/flow-test-kit.js';

function savedAfter(steps: number): string {
  const actor = startActor();
  for (let step = 0; step < steps; step++) actor.send(policyEvent(actor, lastAnswers));
  return renderState(catalogue, actor.getSnapshot().context.flow, NOW);
}

const text = savedAfter(40);
/** The answer values in the file long enough not to be a word of a message itself ("geen" is both). */
const values = Object.values((JSON.parse(text) as { answers: Record<string, { value: unknown }> }).answers)
  .flatMap(({ value }) => (Array.isArray(value) ? value : [value]))
  .filter((value): value is string => typeof value === 'string' && value.length >= 6)
  // A question id may be named in a message; a value that is part of one cannot be told apart.
  .filter((value) => !catalogue.questions.some((question) => question.id.includes(value)));

function linesFor(bytes: Uint8Array): string[] {
  const { problems } = parseState(bytes, 'zelfcheck.state.json', catalogue);
  return problems.flatMap((problem) => [formatProblemLine(problem, 'nl'), formatProblemLine(problem, 'en')]);
}

describe('a damaged state file', () => {
  it('has string answer values to leak, or this test would prove nothing', () => {
    expect(values.length).toBeGreaterThan(0);
  });

  it('with any one bit flipped is refused or read, never with a message or warning that quotes an answer value (fast-check)', () => {
    const bytes = new TextEncoder().encode(text);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      fc.assert(
        fc.property(fc.nat({ max: bytes.length * 8 - 1 }), (bit) => {
          const flipped = Uint8Array.from(bytes);
          flipped[bit >> 3] = flipped[bit >> 3]! ^ (1 << (bit & 7));
          for (const line of linesFor(flipped)) for (const value of values) expect(line).not.toContain(value);
        }),
        { numRuns: 1500 },
      );
    } finally {
      process.removeListener('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('that turned an answer into a key (the flipped-bit case of the review) names the place as …, not the value', () => {
    const damaged = text.replace(/"answers": \{\n {4}"([^"]+)": \{/, '"answers": {\n    ? { "value": "rijksmonument" }\n    : 1,\n    "$1": {');
    expect(damaged).not.toBe(text);
    const lines = linesFor(new TextEncoder().encode(damaged));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain('rijksmonument');
  });

  it('with a __proto__ answer added is refused by its checksum', () => {
    const state = JSON.parse(text) as Record<string, unknown> & { answers: Record<string, unknown> };
    const answers = JSON.parse(JSON.stringify(state.answers)) as Record<string, unknown>;
    const withProto = JSON.stringify({ ...state, answers }).replace('"answers":{', '"answers":{"__proto__":{"value":true,"evidence":"self-declared"},');
    expect(withProto).toContain('__proto__');
    const { problems } = parseState(new TextEncoder().encode(withProto), 'zelfcheck.state.json', catalogue);
    expect(problems.map((p) => p.code)).toContain('flow-state-tampered');
  });

  it('with a __proto__ answer and a recomputed checksum names it as an unknown question', () => {
    const state = JSON.parse(text) as Record<string, unknown> & { answers: Record<string, unknown>; checksum?: string };
    delete state.checksum;
    const body = JSON.parse(JSON.stringify(state).replace('"answers":{', '"answers":{"__proto__":{"value":true,"evidence":"self-declared"},')) as Record<string, unknown>;
    const forged = JSON.stringify({ ...body, checksum: canonicalHash(body) });
    const { problems } = parseState(new TextEncoder().encode(forged), 'zelfcheck.state.json', catalogue);
    expect(problems.map((p) => [p.code, p.params.question])).toEqual([['flow-state-unknown-question', '__proto__']]);
  });

  it('with an infinite number added is refused as tampered, not a crash', () => {
    const damaged = text.replace('"format"', '"extra": 1e999,\n  "format"');
    const { problems } = parseState(new TextEncoder().encode(damaged), 'zelfcheck.state.json', catalogue);
    expect(problems.map((p) => p.code)).toEqual(['flow-state-tampered']);
  });

  /** The saved state with `change` made to its data and the checksum recomputed: a careful hand edit. */
  function forged(change: (state: Record<string, unknown>) => void): string {
    const state = JSON.parse(text) as Record<string, unknown>;
    delete state.checksum;
    change(state);
    return JSON.stringify({ ...state, checksum: canonicalHash(state) }, null, 2);
  }
  // Each defect of a state file with the code it gets and the key it is reported at, in both languages.
  it.each([
    // The Dutch said 'text verwacht' and 'een JSON-object / a JSON object verwacht' before the words moved to the message map.
    { code: 'flow-state-shape', bytes: () => '[1, 2]\n', at: '1:1', nl: 'bewaarde zelfcheck is ongeldig bij /: een object verwacht; het bestand is niet gewijzigd' },
    { code: 'flow-state-shape', bytes: () => forged((state) => void (state.decisions = 'geen')), at: '"decisions"', nl: 'bewaarde zelfcheck is ongeldig bij /decisions: een object verwacht' },
    { code: 'flow-state-shape', bytes: () => forged((state) => void (state.skipped = [1])), at: '"skipped"', nl: 'bewaarde zelfcheck is ongeldig bij /skipped: een lijst van vraag-ids verwacht' },
    { code: 'flow-state-shape', bytes: () => forged((state) => void (state.savedAt = 1)), at: '"savedAt"', nl: 'bewaarde zelfcheck is ongeldig bij /savedAt: tekst verwacht' },
    { code: 'flow-state-unknown-requirement', bytes: () => forged((state) => void (state.decisions = { 'WON-99': { kind: 'declined' } })), at: '"WON-99"', nl: 'bewaarde zelfcheck noemt een onbekende eis WON-99' },
  ])('with $code at $at', ({ code, bytes, at, nl }) => {
    const damaged = bytes();
    const { state, problems } = parseState(new TextEncoder().encode(damaged), 'zelfcheck.state.json', catalogue);
    expect(state).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual([code]);
    const problem = problems[0]!;
    const line = at.includes(':') ? Number(at.split(':')[0]) : damaged.split('\n').findIndex((l) => l.includes(at)) + 1;
    expect(problem.line).toBe(line);
    for (const lang of ['nl', 'en'] as const) {
      expect(formatProblemLine(problem, lang)).toMatch(new RegExp(`^zelfcheck\\.state\\.json:${line}:\\d+: ${lang === 'nl' ? 'fout' : 'error'} ${code} `));
      expect(formatProblemLine(problem, lang)).not.toMatch(/undefined|NaN|\[object /);
    }
    expect(formatProblemLine(problem, 'nl')).toContain(` fout ${code} ${nl}`);
  });
});
