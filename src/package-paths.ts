import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this file so it works from `src/` (tests) and `dist/src/` (the CLI)
 * alike, and from any working directory.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();

/** The bundled catalogue: the default for every command that takes a catalogue. */
export const bundledSpecDir = join(packageRoot, 'spec');

/** Bundled example answers and cases. */
export const fixturesDir = join(packageRoot, 'fixtures');
