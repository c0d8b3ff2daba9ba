/**
 * Evaluations per second of the bundled catalogue, each on a fresh answer set (so the answers hash
 * is computed every time, as for a new self-check or a synthetic case; target ≥ 50,000/s), and one
 * step of the self-check flow for context.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AnswerValue, Catalogue } from '../src/catalogue/catalogue-types.js';
import type { Answers } from '../src/answers/answers-types.js';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { readAnswers } from '../src/verdict/read-answers.js';
import { answersFromValues } from '../src/answers/answers-from-values.js';
import { evaluate } from '../src/verdict/evaluate.js';
import { replayAnswers } from '../src/flow/replay-answers.js';
import { fixturesDir } from '../src/package-paths.js';
import { median, medianInProcess } from './measure.js';
import type { BenchRow, Print } from './row.js';

const SETS = 4000;

export async function bench(print: Print): Promise<BenchRow[]> {
  const catalogue = loadCatalogue();
  const now = new Date('2026-11-28T12:00:00Z');
  // Warm up on sets of its own, then time rounds over sets never evaluated before.
  for (const answers of generatedAnswerSets(catalogue, 2000, 7)) evaluate(catalogue, answers, now);
  const rates: number[] = [];
  for (let round = 0; round < 7; round++) {
    const sets = generatedAnswerSets(catalogue, SETS, 100 + round);
    const start = performance.now();
    for (const answers of sets) evaluate(catalogue, answers, now);
    rates.push(SETS / ((performance.now() - start) / 1000));
  }
  const rate = median(rates);
  print(`evaluate, a fresh answer set each time (hash included)  median ${Math.round(rate).toLocaleString('en-GB')} /s  (7 rounds of ${SETS})`);

  const answers = readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue);
  const { flow } = replayAnswers(catalogue, answers, () => now);
  const steps = Object.keys(flow.values).length + flow.skipped.length + Object.keys(flow.decisions).length + 1;
  const replay = await medianInProcess(() => replayAnswers(catalogue, answers, () => now));
  print(`one step of the self-check flow (replay of ${steps} steps)  ${(replay.medianMs / steps).toFixed(3)} ms`);

  return [{ measure: 'evaluations/s, a fresh answer set each time', result: `${Math.round(rate).toLocaleString('en-GB')} /s`, target: '≥ 50,000 /s', met: rate >= 50_000 }];
}

/** Deterministic pseudo-random answer sets (a fixed linear congruential generator): the same sets every run. */
function generatedAnswerSets(catalogue: Catalogue, count: number, seed: number): Answers[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, () => {
    const values: Record<string, AnswerValue> = {};
    for (const question of catalogue.questions) {
      if (next() < 0.15) continue;
      const options = (question.options ?? []).map((o) => o.value);
      const value: AnswerValue | undefined =
        question.type === 'boolean' ? next() < 0.5
        : question.type === 'choice' ? pick(options)
        : question.type === 'multi' ? options.filter(() => next() < 0.4)
        : Math.round((question.min ?? 0) + next() * ((question.max ?? 10) - (question.min ?? 0)));
      if (value !== undefined) values[question.id] = value;
    }
    return answersFromValues(catalogue, { kind: next() < 0.5 ? 'self-check' : 'inspection', date: '2026-11-28', subject: { role: 'burgemeester' } }, values);
  });
}
