/**
 * `npm run bench [name…]`: runs every `bench/*.bench.ts` (compiled to dist/bench) in name order,
 * or those whose names start with the arguments. Each prints its details as it goes and returns
 * rows for the closing table: every target beside its result, measured in this one run. Timings
 * are never asserted in tests.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable, type BenchRow, type Print } from './row.js';

interface BenchModule {
  bench: (print: Print) => Promise<BenchRow[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.js'))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
const rows: BenchRow[] = [];
for (const name of files) {
  console.log(`\n== ${name.replace('.bench.js', '')}`);
  const module = (await import(pathToFileURL(join(here, name)).href)) as BenchModule;
  rows.push(...(await module.bench((line) => console.log(line))));
}
console.log(`\n${renderTable(rows)}`);
