/**
 * Runs the hostile corpus in this one process, each input through `runMain` in its own folder, and
 * writes one JSON line per input to stdout: exit code, output, what changed in its folder, memory.
 * Started by hostile-corpus.test.ts as a child so that a hang or a crash is caught by a watchdog
 * instead of freezing the test run. Usage: node --import tsx run-hostile-corpus.ts ROOT
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { hostileCorpus } from './hostile-corpus.js';

export interface CorpusResult {
  index: number;
  exit: number | string;
  out: string;
  err: string;
  changed: string[];
  warnings: string[];
  rssMb: number;
}

/** Every entry below `dir` with what identifies its content, without following links or opening pipes. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = lstatSync(full);
      const mode = (stat.mode & 0o7777).toString(8);
      const key = relative(dir, full);
      if (stat.isSymbolicLink()) entries.set(key, `link ${readlinkSync(full)}`);
      else if (stat.isDirectory()) {
        entries.set(key, `dir ${mode}`);
        walk(full);
      } else if (stat.isFile()) {
        // A huge (sparse) input is known by its size and time: hashing it would hold it in memory.
        const content = stat.size > 64 * 2 ** 20 ? `${stat.size} ${stat.mtimeMs}` : createHash('sha256').update(readFileSync(full)).digest('hex');
        entries.set(key, `file ${mode} ${stat.ino} ${content}`);
      }
      else entries.set(key, `special ${mode}`);
    }
  };
  walk(dir);
  return entries;
}

function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) changed.push(before.has(key) ? `changed ${key}` : `created ${key}`);
  for (const key of before.keys()) if (!after.has(key)) changed.push(`removed ${key}`);
  return changed;
}

const root = process.argv[2];
if (root === undefined) throw new Error('usage: run-hostile-corpus.ts ROOT');
const warnings: string[] = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));
const corpus = hostileCorpus();
for (const [index, input] of corpus.entries()) {
  const dir = join(root, String(index));
  mkdirSync(dir);
  input.setup(dir);
  const before = snapshot(dir);
  const io = captureIo({ cwd: dir, interactive: input.interactive === true });
  warnings.length = 0;
  let exit: number | string;
  try {
    exit = await runMain(input.argv, io);
  } catch (error) {
    exit = `threw ${error instanceof Error ? error.stack : String(error)}`;
  }
  const result: CorpusResult = { index, exit, out: io.out, err: io.err, changed: differences(before, snapshot(dir)), warnings: [...warnings], rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) };
  process.stdout.write(JSON.stringify(result) + '\n');
}
