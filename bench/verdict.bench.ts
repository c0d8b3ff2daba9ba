/**
 * Evaluations per second of the bundled catalogue on generated answer sets (target: ≥ 20,000/s on
 * one core), relevance per second (the self-check asks for it after every answer), and `assess` as
 * a whole process beside `node -e ""`.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AnswerValue, Catalogue } from '../src/catalogue/catalogue-types.js';
import type { Answers } from '../src/answers/answers-types.js';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { answersFromValues } from '../src/answers/answers-from-values.js';
import { evaluate } from '../src/verdict/evaluate.js';
import { relevantQuestionIds } from '../src/verdict/question-relevance.js';
import { canonicalHash } from '../src/canonical/canonical-json.js';
import { fixturesDir, packageRoot } from '../src/package-paths.js';
import { formatTiming, timeBareNode, timeProcess } from './measure.js';

export async function bench(print: (line: string) => void): Promise<void> {
  const catalogue = loadCatalogue();
  const sets = generatedAnswerSets(catalogue, 500);
  const now = new Date('2026-11-28T12:00:00Z');

  // The answers hash is computed once per answer set and kept (answers are immutable values); the
  // first line measures evaluation as the flow and the simulator see it, the second a cold set.
  const evaluations = perSecond(sets, (a) => evaluate(catalogue, a, now));
  print(rateLine('evaluate (bundled catalogue, 500 generated answer sets)', evaluations, 20_000));
  const hashes = perSecond(sets, (a) => canonicalHash(a));
  print(rateLine('  canonicalHash(answers), paid once per new answer set', hashes));
  print(rateLine('  evaluate of a new answer set, hash included (derived)', 1 / (1 / evaluations + 1 / hashes)));
  print(rateLine('relevantQuestionIds (same answer sets)', perSecond(sets, (a) => relevantQuestionIds(catalogue, a))));

  const bare = timeBareNode();
  print(formatTiming(bare));
  const cli = join(packageRoot, 'dist', 'cli', 'bin.js');
  const example = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
  print(formatTiming(timeProcess('pkvw-light assess zelfcheck-voorbeeld.yaml', [process.execPath, cli, 'assess', example]), bare));
  print(formatTiming(timeProcess('pkvw-light assess … --json', [process.execPath, cli, 'assess', example, '--json']), bare));
}

/** Runs `fn` over the sets for about a second and returns calls per second. */
function perSecond(sets: readonly Answers[], fn: (a: Answers) => unknown): number {
  for (const a of sets) fn(a);
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    for (const a of sets) fn(a);
    calls += sets.length;
  }
  return calls / ((performance.now() - start) / 1000);
}

function rateLine(label: string, rate: number, target?: number): string {
  const verdict = target === undefined ? '' : rate >= target ? `  (target ≥ ${target}: met)` : `  (target ≥ ${target}: NOT met)`;
  return `${label.padEnd(60)} ${Math.round(rate).toLocaleString('en-GB').padStart(10)} /s${verdict}`;
}

/** Deterministic pseudo-random answer sets (a fixed linear congruential generator): same sets every run. */
function generatedAnswerSets(catalogue: Catalogue, count: number): Answers[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
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
