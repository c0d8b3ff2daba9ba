import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'pkvw-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const folders = [
  bundledSpecDir,
  join(fixturesDir, 'catalogues', 'minimal'),
  ...readdirSync(join(fixturesDir, 'catalogues', 'invalid')).map((name) => join(fixturesDir, 'catalogues', 'invalid', name, 'catalogue')),
];

describe('the parse cache', () => {
  it.each(folders)('gives exactly what parsing gives, on the first and the second read of %s', (dir) => {
    const parsed = readCatalogue(dir, dir);
    const first = readCatalogue(dir, dir, { cacheDir });
    const second = readCatalogue(dir, dir, { cacheDir });
    expect(first).toEqual(parsed);
    expect(second).toEqual(parsed);
  });

  it('stores only files that parsed without problems', () => {
    const fresh = mkdtempSync(join(cacheDir, 'fresh-'));
    // b-wonen.yaml has a duplicate key; a-keurmerk.yaml is clean.
    readCatalogue(join(fixturesDir, 'catalogues', 'invalid', '02-duplicate-key', 'catalogue'), fresh, { cacheDir: fresh });
    expect(readdirSync(fresh)).toHaveLength(1);
  });
});
