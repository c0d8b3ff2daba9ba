/**
 * The hostile corpus as a table test: for every input, exit 1 or 2 (or what the entry says), a
 * message that names the file or option, no stack trace, no answer value shown back, nothing
 * written or changed in its folder, and bounded memory. The inputs run in process in one child
 * (run-hostile-corpus.ts); a watchdog kills it when one input takes more than 30 s (a hang, not a
 * speed limit), and the child's heap is capped so that unbounded memory fails instead of swapping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { hostileCorpus } from './hostile-corpus.js';
import type { CorpusResult } from './run-hostile-corpus.js';

const HANG_MS = 30_000;
const HEAP_MB = 768;
const MAX_RSS_MB = 1536;

const corpus = hostileCorpus();
const results = new Map<number, CorpusResult>();
let stopped: string | undefined;
const root = mkdtempSync(join(tmpdir(), 'pkvw-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  process.stdout.write(`hostile corpus: ${corpus.length} inputs\n`);
  const runner = fileURLToPath(new URL('./run-hostile-corpus.ts', import.meta.url));
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', runner, root], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let watchdog: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stopped = `no result for ${HANG_MS / 1000} s: input ${results.size} (${corpus[results.size]?.name}) hangs`;
      child.kill('SIGKILL');
    }, HANG_MS);
  };
  arm();
  for await (const line of createInterface({ input: child.stdout })) {
    const result = JSON.parse(line) as CorpusResult;
    results.set(result.index, result);
    arm();
  }
  clearTimeout(watchdog);
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
  if (stopped === undefined && results.size < corpus.length) stopped = `the runner ended (exit ${code}) at input ${results.size} (${corpus[results.size]?.name}): ${stderr}`;
}, corpus.length * HANG_MS);

describe(`the hostile corpus (${corpus.length} inputs)`, () => {
  it('has at least 300 inputs over every surface, and ran to the end', () => {
    if (process.env.PKVW_HOSTILE_ONLY === undefined) expect(corpus.length).toBeGreaterThanOrEqual(300);
    if (process.env.PKVW_HOSTILE_ONLY === undefined) expect(new Set(corpus.map((input) => input.surface))).toEqual(new Set(['answers', 'state', 'catalogue', 'arguments', 'privacy', 'signing', 'pdf']));
    expect(new Set(corpus.map((input) => input.name)).size).toBe(corpus.length);
    expect(stopped).toBeUndefined();
  });

  it.each(corpus.map((input, index) => [input.name, index] as const))('%s', (_name, index) => {
    const input = corpus[index]!;
    const result = results.get(index);
    if (result === undefined) throw new Error(stopped ?? 'not run');
    const output = result.out + result.err;
    expect(result.exit, result.err).toSatisfy((exit: unknown) => (input.exits ?? [1, 2]).includes(exit as number));
    // spec validate prints its findings on stdout; everything else goes to stderr.
    expect(output).toContain(input.mentions);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|\b(fout|error) internal-error\b/);
    // Nothing from the input reaches the terminal unescaped.
    // eslint-disable-next-line no-control-regex -- exactly what must not be printed
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    if (input.secret !== undefined) expect(output).not.toContain(input.secret);
    if (input.forgedLine !== undefined) expect(output.split('\n').filter((line) => line.trim().startsWith(input.forgedLine!))).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rssMb).toBeLessThan(MAX_RSS_MB);
  });
});
