/**
 * Every released catalogue version ships with the tool under `spec/releases/<version>/`, so a
 * certificate keeps verifying under the version it names after the bundled catalogue moves on.
 * They are read from a generated module (validated when it was generated, checked for drift by a
 * test), not from disk: the verification page has no file system and uses this same lookup.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import { RELEASED_CATALOGUES_JSON } from './released-catalogues.generated.js';

/** The versions shipped, oldest first. */
export const RELEASED_VERSIONS: readonly string[] = Object.keys(RELEASED_CATALOGUES_JSON);

/**
 * The catalogue `id` `version`: from `extra` (a `--spec` folder or the bundled one, already loaded)
 * when one matches, else the shipped release of that version, else undefined.
 */
export function findCatalogue(id: string, version: string, extra: readonly Catalogue[]): Catalogue | undefined {
  const loaded = extra.find((c) => c.metadata.id === id && c.metadata.version === version);
  if (loaded !== undefined) return loaded;
  // An own-property lookup only: a version such as '__proto__' names nothing.
  const json = Object.hasOwn(RELEASED_CATALOGUES_JSON, version) ? RELEASED_CATALOGUES_JSON[version] : undefined;
  if (json === undefined) return undefined;
  // Parsed anew for every lookup: each caller owns its catalogue object (caches are keyed by it).
  const release = JSON.parse(json) as Catalogue;
  return release.metadata.id === id ? release : undefined;
}
