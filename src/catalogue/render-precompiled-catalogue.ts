/**
 * Writes the module that holds the precompiled bundled catalogue (see precompiled-catalogue.ts).
 * Used by `scripts/generate-precompiled-catalogue.ts` and by the drift test; never at run time.
 */
import { catalogueSources, readCatalogue } from './read-catalogue.js';
import { PRECOMPILED_FORMAT, type PrecompiledCatalogue } from './precompiled-catalogue.js';

export const PRECOMPILED_MODULE = 'src/catalogue/bundled-catalogue.generated.ts';

/** A fresh read of `dir` (the working directory set to it, so files are named bare), as module source. */
export function renderPrecompiledModule(dir: string): string {
  const read = readCatalogue(dir, dir, { precompiled: false });
  const snapshot: PrecompiledCatalogue = {
    format: PRECOMPILED_FORMAT,
    sources: catalogueSources(dir),
    ...(read.catalogue ? { catalogue: read.catalogue } : {}),
    problems: read.problems,
  };
  return [
    '// Generated from spec/*.yaml by `npx tsx scripts/generate-precompiled-catalogue.ts`: do not edit.',
    '// The bundled catalogue after parsing and validation; used only while the YAML files are unchanged.',
    `export const PRECOMPILED_CATALOGUE_JSON = ${JSON.stringify(JSON.stringify(snapshot))};`,
    '',
  ].join('\n');
}
