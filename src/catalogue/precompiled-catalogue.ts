/**
 * The bundled catalogue, validated once when the package is built instead of on every command: its
 * YAML parse, schema check and rules took most of each command's start-up. The snapshot holds the
 * catalogue and its findings, and the SHA-256 of every YAML file it came from. It is used only
 * when the bundled folder holds exactly those bytes; any edit (or a file more or less) means the
 * YAML is read and validated as usual. `scripts/generate-precompiled-catalogue.ts` writes it; a
 * test fails when it drifts from a fresh validation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from './catalogue-types.js';
import type { Problem } from '../problems/problem.js';
import { sha256Hex } from '../canonical/canonical-json.js';
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

/**
 * The snapshot for `dir` when it holds exactly the bytes the snapshot was made from, with every
 * file named by `label` as a fresh read would name it; otherwise undefined.
 * @example precompiledCatalogue(bundledSpecDir, (path) => relative(cwd, path))?.catalogue
 */
export function precompiledCatalogue(dir: string, label: (path: string) => string, json: string = PRECOMPILED_CATALOGUE_JSON): PrecompiledRead | undefined {
  // Parsed anew for every read: each caller owns its catalogue object (caches are keyed by it).
  const snapshot = JSON.parse(json) as PrecompiledCatalogue;
  if (snapshot.format !== PRECOMPILED_FORMAT || !matchesSources(dir, snapshot.sources)) return undefined;
  const names = new Set(snapshot.sources.map((s) => s.name));
  const named = (file: string) => (names.has(file) ? label(join(dir, file)) : file);
  const problems = snapshot.problems.map((p) => (p.file === undefined ? p : { ...p, file: named(p.file) }));
  const files = snapshot.sources.map((s) => label(join(dir, s.name)));
  const { catalogue } = snapshot;
  if (!catalogue) return { files, problems };
  for (const position of Object.values(catalogue.positions)) position.file = named(position.file);
  return { files, catalogue, problems };
}

/** The SHA-256 of every `*.yaml` in `dir`, in name order. */
export function catalogueSources(dir: string): PrecompiledCatalogue['sources'] {
  return yamlNames(dir).map((name) => ({ name, sha256: sha256Hex(readFileSync(join(dir, name))) }));
}

function matchesSources(dir: string, sources: PrecompiledCatalogue['sources']): boolean {
  let names: string[];
  try {
    names = yamlNames(dir);
  } catch {
    return false;
  }
  if (names.length !== sources.length) return false;
  return sources.every((source, i) => {
    if (names[i] !== source.name) return false;
    try {
      return sha256Hex(readFileSync(join(dir, source.name))) === source.sha256;
    } catch {
      return false;
    }
  });
}

/** The folder's `*.yaml` files in name order, as read-catalogue.ts lists them. */
function yamlNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
