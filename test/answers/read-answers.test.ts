import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { UserError } from '../../src/problems/errors.js';
import type { Problem } from '../../src/problems/problem.js';
import { fixturesDir } from '../../src/package-paths.js';

const catalogue = loadCatalogue();
const example = readFileSync(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), 'utf8');

function written(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pkvw-answers-')), 'antwoorden.yaml');
  writeFileSync(file, text);
  return file;
}

function failure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('reading an answers file', () => {
  it('reads the bundled self-check example without errors', () => {
    const warnings: Problem[] = [];
    const answers = readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue, { onWarnings: (w) => warnings.push(...w) });
    expect(answers.kind).toBe('self-check');
    expect(warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });

  it('labels problems with the path as the user wrote it', () => {
    const error = failure(() => readAnswers(written(example.replace(/format: pkvw-light\/answers@[12]/, 'format: pkvw-light/answers@9')), catalogue, { label: 'mijn.yaml' }));
    expect(error.exitCode).toBe(1);
    expect(error.problems.map((p) => [p.file, p.code])).toEqual([['mijn.yaml', 'schema-enum']]);
  });

  it('reports a duplicated answer as a located YAML problem, exit 1', () => {
    const text = example.replace(/^answers:\n/m, 'answers:\n  dubbel: true\n  dubbel: false\n');
    const line = text.split('\n').findIndex((l) => l === '  dubbel: false') + 1;
    const error = failure(() => readAnswers(written(text), catalogue));
    expect(error.exitCode).toBe(1);
    expect(error.problems.map((p) => `${p.code} ${p.line}:${p.column}`)).toEqual([`yaml-duplicate-key ${line}:3`]);
  });

  it('exits 2 when the file is missing', () => {
    const error = failure(() => readAnswers(join(tmpdir(), 'bestaat-niet', 'antwoorden.yaml'), catalogue, { label: 'antwoorden.yaml' }));
    expect(error.exitCode).toBe(2);
    expect(error.problems[0]).toMatchObject({ code: 'file-not-found', params: { path: 'antwoorden.yaml' } });
  });
});
