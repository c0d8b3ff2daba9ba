/**
 * Writes the module that holds every released catalogue (spec/releases/<version>/), validated, so
 * verifying a certificate needs no file system: the CLI and the verification page read the same
 * data. Used by `scripts/generate-released-catalogues.ts` and by the drift test; never at run time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import { readCatalogue } from '../catalogue/read-catalogue.js';
import { UserError } from '../problems/errors.js';
import { hasErrors } from '../problems/problem.js';
import { bundledSpecDir } from '../package-paths.js';

export const RELEASED_MODULE = 'src/certificate/released-catalogues.generated.ts';
export const releasesDir = join(bundledSpecDir, 'releases');

/** Every release folder, in version order, read afresh (files named bare, as from inside the folder). */
export function readReleasedCatalogues(dir: string = releasesDir): Catalogue[] {
  const versions = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return versions.map((version) => {
    const folder = join(dir, version);
    const { catalogue, problems } = readCatalogue(folder, folder, { precompiled: false });
    // A release that no longer validates cannot be what a certificate was issued under.
    if (!catalogue || hasErrors(problems)) throw new UserError(problems.filter((p) => p.severity === 'error'));
    return catalogue;
  });
}

export function renderReleasedModule(dir: string = releasesDir): string {
  const releases = Object.fromEntries(readReleasedCatalogues(dir).map((c) => [c.metadata.version, JSON.stringify(c)]));
  return [
    '// Generated from spec/releases/*/ by `npx tsx scripts/generate-released-catalogues.ts`: do not edit.',
    '// Every released catalogue after parsing and validation, by version: what certificates are verified against.',
    `export const RELEASED_CATALOGUES_JSON: Readonly<Record<string, string>> = ${JSON.stringify(releases, null, 1)};`,
    '',
  ].join('\n');
}
