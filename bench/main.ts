/**
 * `npm run bench`: runs every `bench/*.bench.ts` (compiled to dist/bench) in name order. Each
 * exports `bench(print)` and prints its own lines; timings are never asserted in tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  bench: (print: (line: string) => void) => Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.js'))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

for (const name of files) {
  console.log(`\n== ${name.replace('.bench.js', '')}`);
  const module = (await import(pathToFileURL(join(here, name)).href)) as BenchModule;
  await module.bench((line) => console.log(line));
}
