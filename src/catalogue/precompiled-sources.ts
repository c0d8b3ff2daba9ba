/**
 * The file-reading half of the precompiled catalogue: the snapshot stands for a folder only while
 * the folder holds exactly the YAML bytes it was made from (any edit, or a file more or less, means
 * the YAML is read and validated as usual).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../canonical/canonical-json.js';
import { namedPrecompiled, precompiledSnapshot, type PrecompiledCatalogue, type PrecompiledRead } from './precompiled-catalogue.js';

/**
 * The snapshot for `dir` when it holds exactly the bytes the snapshot was made from, with every
 * file named by `label` as a fresh read would name it; otherwise undefined.
 * @example precompiledCatalogue(bundledSpecDir, (path) => relative(cwd, path))?.catalogue
 */
export function precompiledCatalogue(dir: string, label: (path: string) => string, json?: string): PrecompiledRead | undefined {
  const snapshot = precompiledSnapshot(json);
  if (!snapshot || !matchesSources(dir, snapshot.sources)) return undefined;
  return namedPrecompiled(snapshot, (name) => label(join(dir, name)));
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
