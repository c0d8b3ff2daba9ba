/**
 * The self-check flow: how long one step of the machine takes (it asks the engine for relevance and,
 * at the end, for exception offers after every answer), a whole replayed check, and `check --demo` as
 * a process beside `node -e ""`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { readAnswers } from '../src/answers/read-answers.js';
import { replayAnswers } from '../src/flow/replay-answers.js';
import { fixturesDir, packageRoot } from '../src/package-paths.js';
import { formatTiming, timeBareNode, timeInProcess, timeProcess } from './measure.js';

export async function bench(print: (line: string) => void): Promise<void> {
  const catalogue = loadCatalogue();
  const now = new Date('2026-11-28T12:00:00Z');
  const answers = readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue);
  const { flow } = replayAnswers(catalogue, answers, () => now);
  const steps = Object.keys(flow.values).length + flow.skipped.length + Object.keys(flow.decisions).length + 1;

  const replay = await timeInProcess(`replay zelfcheck-voorbeeld through the machine (${steps} steps)`, () => replayAnswers(catalogue, answers, () => now));
  print(formatTiming(replay));
  print(`  so one step of the machine takes about ${(replay.meanMs / steps).toFixed(2)} ms (a person notices from ~100 ms)`);

  const bare = timeBareNode();
  print(formatTiming(bare));
  const cwd = mkdtempSync(join(tmpdir(), 'pkvw-bench-check-'));
  try {
    const cli = join(packageRoot, 'dist', 'cli', 'bin.js');
    print(formatTiming(timeProcess('pkvw-light check --demo', [process.execPath, cli, 'check', '--demo'], 10, { cwd }), bare));
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
