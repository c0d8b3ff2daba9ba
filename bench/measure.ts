/**
 * Timing helpers for `npm run bench`. A process is always timed in pairs with a bare `node -e ""`
 * (A B A B…, run by run) and reported as the ratio of the two medians, so a machine that is busy
 * with other work slows both sides of each pair alike and the ratio still means something.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called before every run of the command (not of the baseline), outside the timed span. */
  before?: () => void;
  /** `timePaired` runs each side once untimed first; false skips that (a run that takes long enough warms the file cache itself). */
  warmUp?: boolean;
}

export interface PairedTiming {
  label: string;
  pairs: number;
  medianMs: number;
  baselineMedianMs: number;
  /** median(command) / median(node -e ""). */
  ratio: number;
  /** The largest resident set of any run, in MB; only where GNU time is installed. */
  peakMb?: number;
  /** Median CPU time (user + system) of the command's runs, in ms; only where GNU time is installed. */
  cpuMedianMs?: number;
  /** The same for `node -e ""`; their ratio says less about the other users' load than the wall times do. */
  baselineCpuMedianMs?: number;
}

export const BARE_NODE: readonly string[] = [process.execPath, '-e', ''];

/** GNU time reports a child's peak memory; without it memory is simply not shown. */
const GNU_TIME = '/usr/bin/time';

/**
 * Runs the command and `node -e ""` alternately `pairs` times (after one warm-up of each) and
 * returns both medians and their ratio.
 */
export function timePaired(label: string, argv: readonly string[], pairs = 11, options: ProcessOptions = {}): PairedTiming {
  runTimed(BARE_NODE, {});
  if (options.warmUp !== false) {
    options.before?.();
    runTimed(argv, options);
  }
  const command: number[] = [];
  const baseline: number[] = [];
  let peakKb = 0;
  const cpu: number[] = [];
  const baselineCpu: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const bare = runTimed(BARE_NODE, {});
    baseline.push(bare.ms);
    if (bare.cpuMs !== undefined) baselineCpu.push(bare.cpuMs);
    options.before?.();
    const run = runTimed(argv, options);
    command.push(run.ms);
    peakKb = Math.max(peakKb, run.peakKb ?? 0);
    if (run.cpuMs !== undefined) cpu.push(run.cpuMs);
  }
  const medianMs = median(command);
  const baselineMedianMs = median(baseline);
  return {
    label,
    pairs,
    medianMs,
    baselineMedianMs,
    ratio: medianMs / baselineMedianMs,
    ...(peakKb > 0 ? { peakMb: peakKb / 1024 } : {}),
    ...(cpu.length > 0 ? { cpuMedianMs: median(cpu) } : {}),
    ...(baselineCpu.length > 0 ? { baselineCpuMedianMs: median(baselineCpu) } : {}),
  };
}

/** One run, wall clock; peak memory and CPU time too when GNU time is there. Exit 0 or 1 is a finished run. */
export function runTimed(argv: readonly string[], options: ProcessOptions): { ms: number; peakKb?: number; cpuMs?: number } {
  const measured = existsSync(GNU_TIME);
  const dir = measured ? mkdtempSync(join(tmpdir(), 'pkvw-bench-time-')) : undefined;
  const report = dir ? join(dir, 'time') : undefined;
  const [command, ...args] = report ? [GNU_TIME, '-f', '%M %U %S', '-o', report, ...argv] : argv;
  if (command === undefined) throw new Error('empty command');
  try {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${argv.join(' ')}: exit ${result.status}: ${result.stderr.toString().slice(-600)}`);
    }
    // GNU time's last line is ours; a line before it may say the command exited non-zero.
    const [peakKb, user, system] = report ? (readFileSync(report, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
    if (peakKb === undefined || user === undefined || system === undefined || ![peakKb, user, system].every(Number.isFinite)) return { ms };
    return { ms, peakKb, cpuMs: (user + system) * 1000 };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Time until a command running in a pseudo-terminal (util-linux `script`) first prints `marker`,
 * paired with `node -e ""` in the same pseudo-terminal, run by run.
 */
export async function timeToOutputPaired(label: string, argv: readonly string[], marker: string, pairs = 11, options: ProcessOptions = {}): Promise<PairedTiming> {
  const inTerminal = (a: readonly string[]) => ['script', '-qfec', a.map(shellQuote).join(' '), '/dev/null'];
  const bare = async () => (await timeToOutput(inTerminal(BARE_NODE), undefined, {})).ms;
  await bare();
  // Each run in a folder of its own: a stopped check may leave its lock or state behind.
  const fresh = (): ProcessOptions => (options.cwd === undefined ? options : { ...options, cwd: mkdtempSync(join(options.cwd, 'run-')) });
  await timeToOutput(inTerminal(argv), marker, fresh());
  const command: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < pairs; i++) {
    baseline.push(await bare());
    command.push((await timeToOutput(inTerminal(argv), marker, fresh())).ms);
  }
  const medianMs = median(command);
  const baselineMedianMs = median(baseline);
  return { label, pairs, medianMs, baselineMedianMs, ratio: medianMs / baselineMedianMs };
}

/** Resolves when `marker` appears on stdout (then stops the process), or when it exits without a marker. */
function timeToOutput(argv: readonly string[], marker: string | undefined, options: ProcessOptions): Promise<{ ms: number }> {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('empty command');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...(options.env ?? process.env), TERM: 'xterm-256color', COLUMNS: '100', LINES: '40' }, stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      const ms = performance.now() - start;
      child.kill('SIGKILL');
      if (error) reject(error);
      else resolve({ ms });
    };
    const timer = setTimeout(() => finish(new Error(`${label(argv)}: no "${marker}" within 30 s`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (marker === undefined) return;
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (seen.includes(marker)) {
        clearTimeout(timer);
        finish();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      finish(marker === undefined ? undefined : new Error(`${label(argv)}: exited before printing "${marker}"; it printed: ${seen.slice(-600)}`));
    });
    child.on('error', (error) => finish(error));
  });
}

/** Calls `fn` repeatedly for about `budgetMs` (after a warm-up) and returns the median time per call. */
export async function medianInProcess(fn: () => unknown, budgetMs = 1000): Promise<{ medianMs: number; runs: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 11) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { medianMs: median(samples), runs: samples.length };
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

export function formatPaired(t: PairedTiming): string {
  const cpuRatio = t.cpuMedianMs !== undefined && t.baselineCpuMedianMs !== undefined ? ` (${(t.cpuMedianMs / t.baselineCpuMedianMs).toFixed(2)}×)` : '';
  const memory = (t.cpuMedianMs === undefined ? '' : `  cpu ${t.cpuMedianMs.toFixed(0)} ms${cpuRatio}`) + (t.peakMb === undefined ? '' : `  peak ${t.peakMb.toFixed(0)} MB`);
  return `${t.label.padEnd(52)} median ${t.medianMs.toFixed(1).padStart(8)} ms  node -e "" ${t.baselineMedianMs.toFixed(1).padStart(6)} ms  ${t.ratio.toFixed(2)}×  (${t.pairs} pairs)${memory}`;
}

function label(argv: readonly string[]): string {
  return argv.join(' ').slice(0, 120);
}

function shellQuote(word: string): string {
  return /^[\w./=:-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
