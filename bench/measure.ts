/**
 * Timing helpers for `npm run bench`. Process timings always run beside a bare `node -e ""` in the
 * same run, so numbers from a busy or slow machine still compare.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Timing {
  label: string;
  runs: number;
  meanMs: number;
  minMs: number;
}

/** Runs a command `runs` times (after one warm-up) and reports wall-clock time. */
export function timeProcess(label: string, argv: readonly string[], runs = 10, options: { cwd?: string; input?: string } = {}): Timing {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('empty command');
  const once = () => {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: options.cwd, input: options.input, stdio: ['pipe', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${label}: exit ${result.status}: ${result.stderr.toString().slice(0, 400)}`);
    }
    return elapsed;
  };
  once();
  const samples = Array.from({ length: runs }, once);
  return summarise(label, samples);
}

/** Calls `fn` repeatedly for about `budgetMs` (after a warm-up) and reports time per call. */
export async function timeInProcess(label: string, fn: () => unknown | Promise<unknown>, budgetMs = 1000): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 5) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(label, samples);
}

/** The baseline every process timing is compared with. */
export function timeBareNode(runs = 10): Timing {
  return timeProcess('node -e ""', [process.execPath, '-e', ''], runs);
}

export function formatTiming(t: Timing, baseline?: Timing): string {
  const ratio = baseline ? `  (${(t.meanMs / baseline.meanMs).toFixed(2)}× node -e "")` : '';
  return `${t.label.padEnd(48)} mean ${t.meanMs.toFixed(2).padStart(9)} ms  min ${t.minMs.toFixed(2).padStart(9)} ms  n=${t.runs}${ratio}`;
}

function summarise(label: string, samples: number[]): Timing {
  const total = samples.reduce((a, b) => a + b, 0);
  return { label, runs: samples.length, meanMs: total / samples.length, minMs: Math.min(...samples) };
}
