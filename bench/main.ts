/**
 * `npm run bench [name…]`: runs every `bench/*.bench.ts` (compiled to dist/bench) in name order,
 * or those whose names start with the arguments. Each prints its details as it goes and returns
 * rows for the closing table: every target beside its result, measured in this one run. Timings
 * are never asserted in tests.
 *
 * Each bench file runs in a process of its own, so what one leaves behind does not weigh on the
 * next: in one process after the simulate bench, evaluations/s read 36,656 against 50,903 in a
 * process of its own straight after it (session 12).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable, type BenchRow, type Print } from './row.js';

interface BenchModule {
  bench: (print: Print) => Promise<BenchRow[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
/** Set for a child: the file its rows are written to (as JSON), for the bench file named first on its command line. */
const ROWS_FILE = 'PKVW_BENCH_ROWS';

const rowsFile = process.env[ROWS_FILE];
if (rowsFile !== undefined) {
  const module = (await import(pathToFileURL(join(here, process.argv[2] ?? '')).href)) as BenchModule;
  writeFileSync(rowsFile, JSON.stringify(await module.bench((line) => console.log(line))));
} else {
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.bench.js'))
    .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
    .sort();
  console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-bench-'));
  try {
    for (const name of files) {
      console.log(`\n== ${name.replace('.bench.js', '')}`);
      const file = join(dir, `${name}.json`);
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: 'inherit', env: { ...process.env, [ROWS_FILE]: file } });
      if (run.status !== 0) throw new Error(`bench ${name} stopped (exit ${run.status ?? run.signal})`);
      rows.push(...(JSON.parse(readFileSync(file, 'utf8')) as BenchRow[]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${renderTable(rows)}`);
}
