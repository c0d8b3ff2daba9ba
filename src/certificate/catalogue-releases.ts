/**
 * Every released catalogue version ships with the tool under `spec/releases/<version>/`, so a
 * certificate keeps verifying under the version it names after the bundled catalogue moves on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import { loadCatalogue } from '../catalogue/read-catalogue.js';
import { bundledSpecDir } from '../package-paths.js';

export const releasesDir = join(bundledSpecDir, 'releases');

/** A release folder name is a semantic version and nothing else: a certificate cannot point elsewhere. */
const VERSION = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

/**
 * The catalogue `id` `version`: from `extra` (a `--spec` folder or the bundled one, already loaded)
 * when one matches, else the shipped release of that version, else undefined.
 */
export function findCatalogue(id: string, version: string, extra: readonly Catalogue[]): Catalogue | undefined {
  const loaded = extra.find((c) => c.metadata.id === id && c.metadata.version === version);
  if (loaded !== undefined) return loaded;
  if (!VERSION.test(version)) return undefined;
  const dir = join(releasesDir, version);
  if (!existsSync(dir)) return undefined;
  const release = loadCatalogue(dir);
  return release.metadata.id === id && release.metadata.version === version ? release : undefined;
}
