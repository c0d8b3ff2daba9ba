/**
 * The bundled catalogue, validated once when the package is built instead of on every command: its
 * YAML parse, schema check and rules took most of each command's start-up. The snapshot holds the
 * catalogue and its findings, and the SHA-256 of every YAML file it came from. Pure: the CLI uses it
 * only while the bundled folder holds exactly those bytes (checked in `read-catalogue.ts`, the
 * file-reading edge); the browser build has no folder and takes it as it is.
 * `scripts/generate-precompiled-catalogue.ts` writes it; a test fails when it drifts from a fresh validation.
 */
import type { Catalogue } from './catalogue-types.js';
import type { Problem } from '../problems/problem.js';
import { PRECOMPILED_CATALOGUE_JSON } from './bundled-catalogue.generated.js';

export const PRECOMPILED_FORMAT = 'pkvw-light/precompiled-catalogue@1';

/** What the generated module holds. File names are bare (`wonen.yaml`); they are named for the reader at load. */
export interface PrecompiledCatalogue {
  format: typeof PRECOMPILED_FORMAT;
  /** Every `*.yaml` of the folder, in name order, with the SHA-256 of its bytes. */
  sources: { name: string; sha256: string }[];
  catalogue?: Catalogue;
  problems: Problem[];
}

export interface PrecompiledRead {
  files: string[];
  catalogue?: Catalogue;
  problems: Problem[];
}

/** The snapshot in the generated module (or in `json`); undefined when it is of another format. */
export function precompiledSnapshot(json: string = PRECOMPILED_CATALOGUE_JSON): PrecompiledCatalogue | undefined {
  // Parsed anew for every read: each caller owns its catalogue object (caches are keyed by it).
  const snapshot = JSON.parse(json) as PrecompiledCatalogue;
  return snapshot.format === PRECOMPILED_FORMAT ? snapshot : undefined;
}

/**
 * The bundled catalogue as the snapshot holds it, files named `spec/<name>`: the browser build has
 * no folder to compare it with; what it shows is the catalogue's hash.
 */
export function bundledCatalogue(): Catalogue {
  const snapshot = precompiledSnapshot();
  const catalogue = snapshot && namedPrecompiled(snapshot, (name) => `spec/${name}`).catalogue;
  // The drift test keeps the snapshot equal to a fresh validation, which the suite requires to be valid.
  if (!catalogue) throw new Error('the precompiled bundled catalogue holds no valid catalogue: run npm run generate');
  return catalogue;
}

/**
 * The snapshot's catalogue with every file named by `label` (given the bare name) as a fresh read would name it.
 * @example namedPrecompiled(precompiledSnapshot()!, (name) => `spec/${name}`).catalogue
 */
export function namedPrecompiled(snapshot: PrecompiledCatalogue, label: (name: string) => string): PrecompiledRead {
  const names = new Set(snapshot.sources.map((s) => s.name));
  const named = (file: string) => (names.has(file) ? label(file) : file);
  const problems = snapshot.problems.map((p) => (p.file === undefined ? p : { ...p, file: named(p.file) }));
  const files = snapshot.sources.map((s) => label(s.name));
  const { catalogue } = snapshot;
  if (!catalogue) return { files, problems };
  for (const position of Object.values(catalogue.positions)) position.file = named(position.file);
  return { files, catalogue, problems };
}
