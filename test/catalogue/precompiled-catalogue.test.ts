import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { precompiledCatalogue } from '../../src/catalogue/read-catalogue.js';
import { PRECOMPILED_MODULE, renderPrecompiledModule } from '../../src/catalogue/render-precompiled-catalogue.js';
import { bundledSpecDir, packageRoot } from '../../src/package-paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'pkvw-precompiled-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the precompiled bundled catalogue', () => {
  it('is exactly what a fresh validation of spec/ gives (run npx tsx scripts/generate-precompiled-catalogue.ts after editing it)', () => {
    expect(readFileSync(join(packageRoot, PRECOMPILED_MODULE), 'utf8')).toBe(renderPrecompiledModule(bundledSpecDir));
  });

  it('reads as the YAML does: the same catalogue, hash, findings and file names, from any working directory', () => {
    for (const cwd of [packageRoot, bundledSpecDir, scratch]) {
      const fresh = readCatalogue(bundledSpecDir, cwd, { precompiled: false });
      const fast = readCatalogue(bundledSpecDir, cwd);
      expect(fast).toEqual(fresh);
      expect(fast.catalogue?.hash).toBe(fresh.catalogue?.hash);
    }
  });

  it('gives every read its own catalogue object', () => {
    expect(readCatalogue(bundledSpecDir, packageRoot).catalogue).not.toBe(readCatalogue(bundledSpecDir, packageRoot).catalogue);
  });

  it('is not used for a folder whose files differ by one byte, one file more, or one file less', () => {
    const label = (path: string) => relative(scratch, path);
    const copy = (name: string) => {
      const dir = join(scratch, name);
      cpSync(bundledSpecDir, dir, { recursive: true });
      return dir;
    };
    expect(precompiledCatalogue(copy('same'), label)).toBeDefined();
    const edited = copy('edited');
    appendFileSync(join(edited, 'wonen.yaml'), '# een opmerking\n');
    expect(precompiledCatalogue(edited, label)).toBeUndefined();
    const more = copy('more');
    writeFileSync(join(more, 'extra.yaml'), 'sources: []\n');
    expect(precompiledCatalogue(more, label)).toBeUndefined();
    const less = copy('less');
    rmSync(join(less, 'bronnen.yaml'));
    expect(precompiledCatalogue(less, label)).toBeUndefined();
  });
});
