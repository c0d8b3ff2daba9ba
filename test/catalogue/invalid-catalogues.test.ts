import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { MAX_YAML_BYTES } from '../../src/yaml/yaml-document.js';
import { fixturesDir } from '../../src/package-paths.js';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';

interface ExpectedFinding {
  code: string;
  file: string;
  line: number;
  column: number;
}
interface Expected {
  defect: string;
  largeFile?: string;
  errors: ExpectedFinding[];
}

const invalidRoot = join(fixturesDir, 'catalogues', 'invalid');
const cases = readdirSync(invalidRoot).sort();
const scratch = mkdtempSync(join(tmpdir(), 'pkvw-invalid-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The catalogue folder of a case (beside its expected.yaml); a case that needs megabytes gets them written into a copy. */
function catalogueDir(name: string, expected: Expected): string {
  const dir = join(invalidRoot, name, 'catalogue');
  if (!expected.largeFile) return dir;
  const copy = join(scratch, name);
  cpSync(dir, copy, { recursive: true });
  const line = '# padding that makes this file larger than any catalogue file should be\n';
  writeFileSync(join(copy, expected.largeFile), line.repeat(Math.ceil((MAX_YAML_BYTES + 1) / line.length)));
  return copy;
}

describe('broken catalogues', () => {
  it('are at least fifteen, each with an expected.yaml', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(cases)('%s', (name) => {
    const expected = parse(readFileSync(join(invalidRoot, name, 'expected.yaml'), 'utf8')) as Expected;
    const dir = catalogueDir(name, expected);

    it(`reports exactly the expected errors (${expected.defect})`, () => {
      const { catalogue, problems } = readCatalogue(dir, dir);
      expect(catalogue).toBeUndefined();
      const errors = problems.filter((p) => p.severity === 'error').map(({ code, file, line, column }) => ({ code, file, line, column }));
      expect(errors).toEqual(expected.errors);
    });

    it('makes spec validate print file:line:column and exit 1', async () => {
      const io = captureIo({ cwd: dir });
      expect(await runMain(['spec', 'validate', dir], io)).toBe(1);
      for (const e of expected.errors) expect(io.out).toContain(`${e.file}:${e.line}:${e.column}: fout ${e.code} `);
      expect(io.out).toMatch(/ONGELDIG: \d+ bestand\(en\); [1-9]\d* fout\(en\)/);
      expect(io.err).toBe('');
    });
  });
});
