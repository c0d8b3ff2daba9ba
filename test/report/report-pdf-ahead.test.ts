import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { renderReportPdf } from '../../src/report/report-pdf.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';

const catalogue = loadCatalogue();
const bin = join(packageRoot, 'dist', 'cli', 'bin.js');

// The bundled CLI renders the report of a replay in a worker thread (report-pdf-ahead.ts): the verdict
// and the catalogue are copied to it. Its PDF must be the one this thread renders from the same verdict.
describe('the report PDF of the bundled CLI, rendered in its worker', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pkvw-report-ahead-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is built as a worker of its own next to the command', () => {
    expect(existsSync(join(packageRoot, 'dist', 'cli', 'report-pdf-worker.js'))).toBe(true);
  });

  it.each([
    ['check --demo', ['check', '--demo', '--out', 'demo'], 'demo', 'nl'],
    ['check --answers, in English', ['check', '--answers', join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), '--lang', 'en', '--out', 'en'], 'en', 'en'],
  ] as const)('is byte for byte the in-process render of its verdict: %s', async (_name, args, out, lang) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input: '', encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const verdict = JSON.parse(readFileSync(join(dir, out, 'oordeel.json'), 'utf8')) as Verdict;
    const written = readFileSync(join(dir, out, 'rapport.pdf'));
    const here = await renderReportPdf(verdict, catalogue, { lang });
    expect(written.length).toBeGreaterThan(50_000);
    expect(Buffer.compare(written, here)).toBe(0);
  });
});
