import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue, readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { UserError } from '../../src/problems/errors.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import { runMain } from '../../cli/main.js';
import { CATALOGUE_FILE_LIMITS } from '../../src/catalogue/catalogue-limits.js';
import { MAX_YAML_BYTES } from '../../src/yaml/yaml-document.js';
import { captureIo } from '../support/capture-io.js';

const minimal = join(fixturesDir, 'catalogues', 'minimal');
const scratch = mkdtempSync(join(tmpdir(), 'pkvw-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the minimal catalogue with one file's text changed. */
function variant(name: string, file: string, change: (text: string) => string): string {
  const dir = join(scratch, name);
  cpSync(minimal, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the bundled catalogue', () => {
  it('validates with exit 0 and a summary', async () => {
    const io = captureIo();
    expect(await runMain(['spec', 'validate'], io)).toBe(0);
    expect(io.out).toMatch(/^geldig — pkvw-light \S+: \d+ bestand\(en\): \d+ eisen, \d+ vragen, \d+ scenario's; 0 fout\(en\)/m);
    expect(io.err).toBe('');
  });

  it('loads without errors', () => {
    const catalogue = loadCatalogue(bundledSpecDir);
    expect(catalogue.requirements.length).toBeGreaterThan(0);
    expect(catalogue.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the minimal catalogue', () => {
  it('validates with exit 0 and counts what it holds', async () => {
    const io = captureIo();
    expect(await runMain(['spec', 'validate', minimal, '--lang', 'en'], io)).toBe(0);
    expect(io.out).toBe('valid — pkvw-mini 1.0.0: 2 file(s): 3 requirements, 7 questions, 2 scenarios; 0 error(s), 0 warning(s)\n');
  });

  it('merges the files in name order, then document order', () => {
    const catalogue = loadCatalogue(minimal);
    expect(catalogue.sources.map((s) => s.id)).toEqual(['bron-pkvw', 'bron-skg']);
    expect(catalogue.questions.map((q) => q.id)).toEqual(['intake.incident', 'intake.rol', 'wonen.achterdeur', 'wonen.slot', 'wonen.monument', 'wonen.camera', 'wonen.lampen']);
  });

  it('records where each item was written, and hashes everything but hash and positions', () => {
    const { hash, positions, ...content } = loadCatalogue(minimal);
    expect(positions['requirement:WON-02']).toEqual({ file: relative(process.cwd(), join(minimal, 'b-wonen.yaml')), line: 70, column: 5 });
    expect(positions['level:C']).toMatchObject({ file: relative(process.cwd(), join(minimal, 'a-keurmerk.yaml')), line: 27 });
    expect(hash).toBe(canonicalHash(content));
  });

  it('names files relative to the working directory', () => {
    const { problems } = readCatalogue('fixtures/catalogues/invalid/05-unknown-scenario/catalogue', join(fixturesDir, '..'));
    expect(problems[0]?.file).toBe('fixtures/catalogues/invalid/05-unknown-scenario/catalogue/b-wonen.yaml');
  });

  it('hashes the same whatever the formatting of the files', () => {
    const reformatted = variant('reformatted', 'b-wonen.yaml', (t) => t.replace('# Questions and requirements of the test catalogue.', '# other comment\n\n'));
    expect(loadCatalogue(reformatted).hash).toBe(loadCatalogue(minimal).hash);
  });
});

describe('warnings', () => {
  it('warns about a question nothing uses, and still exits 0', async () => {
    const dir = variant('unused', 'b-wonen.yaml', (t) => t.replace('    appliesWhen: { answer: intake.rol, is: burgemeester }\n', ''));
    const io = captureIo({ cwd: dir });
    expect(await runMain(['spec', 'validate', dir], io)).toBe(0);
    expect(io.out).toContain('b-wonen.yaml:8:9: waarschuwing unused-question vraag intake.rol wordt door geen eis');
  });

  it('warns when a file does not start with the schema modeline', async () => {
    const dir = variant('modeline', 'a-keurmerk.yaml', (t) => t.split('\n').slice(1).join('\n'));
    const io = captureIo({ cwd: dir });
    expect(await runMain(['spec', 'validate', dir, '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('a-keurmerk.yaml:1:1: warning modeline-missing the first line should be the schema reference');
  });
});

describe('spec validate', () => {
  it('prints findings as versioned JSON with --json', async () => {
    const dir = join(fixturesDir, 'catalogues', 'invalid', '16-unknown-exception', 'catalogue');
    const io = captureIo({ cwd: dir });
    expect(await runMain(['spec', 'validate', dir, '--json'], io)).toBe(1);
    const output = JSON.parse(io.out);
    expect(output).toMatchObject({ format: 'pkvw-light/findings@1', valid: false, summary: { files: 2, errors: 1, warnings: 0 } });
    expect(output.findings).toEqual([
      expect.objectContaining({ code: 'unknown-exception', severity: 'error', file: 'b-wonen.yaml', line: 69, column: 18, params: expect.objectContaining({ id: 'monumnet', suggestion: 'monument' }) }),
    ]);
  });

  it('exits 2 without a stack trace for a folder that does not exist', async () => {
    const io = captureIo({ cwd: scratch });
    expect(await runMain(['spec', 'validate', 'bestaat-niet'], io)).toBe(2);
    expect(io.err).toBe('bestaat-niet: fout file-not-found bestand of map niet gevonden: bestaat-niet\n');
  });

  it('reports a folder without catalogue files as an error', async () => {
    const empty = join(scratch, 'leeg');
    mkdirSync(empty);
    const io = captureIo({ cwd: scratch });
    expect(await runMain(['spec', 'validate', 'leeg', '--lang', 'en'], io)).toBe(1);
    expect(io.out).toContain('leeg: error catalogue-empty no catalogue files (*.yaml) found in leeg');
  });

  // The folder itself: what `spec validate` is given, and how much it holds (CATALOGUE_FILE_LIMITS).
  it.each([
    {
      code: 'catalogue-not-a-folder',
      make: () => {
        const file = join(scratch, 'keurmerk.yaml');
        cpSync(join(minimal, 'a-keurmerk.yaml'), file);
        return file;
      },
      exit: 2,
      stream: 'err',
      line: (dir: string) => `${dir}: fout catalogue-not-a-folder `,
    },
    {
      code: 'catalogue-too-many-files',
      make: () => {
        const dir = join(scratch, 'veel-bestanden');
        mkdirSync(dir);
        for (let i = 0; i <= CATALOGUE_FILE_LIMITS.files; i++) writeFileSync(join(dir, `deel-${String(i).padStart(3, '0')}.yaml`), '# leeg\n');
        return dir;
      },
      exit: 1,
      stream: 'out',
      line: (dir: string) => `${dir}: fout catalogue-too-many-files `,
    },
    {
      code: 'catalogue-too-large',
      make: () => {
        // Each file under the per-file limit, together over the folder's: the third file tips it.
        const dir = variant('te-groot-samen', 'a-keurmerk.yaml', (t) => t);
        const padding = '# opvulling\n'.repeat(Math.floor((MAX_YAML_BYTES - 1024) / 12));
        for (const name of ['c-1.yaml', 'c-2.yaml', 'c-3.yaml']) writeFileSync(join(dir, name), padding);
        return dir;
      },
      exit: 1,
      stream: 'out',
      line: (dir: string) => `${join(dir, 'c-2.yaml')}:1:1: fout catalogue-too-large `,
    },
  ])('$code: exit $exit', async ({ code, make, exit, stream, line }) => {
    const dir = make();
    const shown = relative(scratch, dir);
    const io = captureIo({ cwd: scratch });
    expect(await runMain(['spec', 'validate', shown], io)).toBe(exit);
    const text = stream === 'err' ? io.err : io.out;
    expect(text.split('\n').find((l) => l.includes(` fout ${code} `)), text.slice(0, 500)).toMatch(new RegExp(`^${line(shown).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\S`));
    expect(text).not.toMatch(/undefined|NaN|\n\s+at /);
  });

  it('throws every error at once from loadCatalogue', () => {
    const dir = variant('two-errors', 'b-wonen.yaml', (t) => t.replace('exceptions: [monument]', 'exceptions: [x1]').replace('sources: [bron-skg]\n    cost', 'sources: [x2]\n    cost'));
    try {
      loadCatalogue(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect(error instanceof UserError && error.problems.map((p) => p.code)).toEqual(['unknown-source', 'unknown-exception']);
    }
  });
});
