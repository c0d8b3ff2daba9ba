/** Writes src/package-version.generated.ts from package.json; used by its script and its drift test, never at run time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-paths.js';

export const PACKAGE_VERSION_MODULE = 'src/package-version.generated.ts';

export function renderPackageVersionModule(): string {
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return [
    '// Generated from package.json by `npx tsx scripts/generate-package-version.ts`: do not edit.',
    `export const PACKAGE_VERSION = ${JSON.stringify(version)};`,
    '',
  ].join('\n');
}
