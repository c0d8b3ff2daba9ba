/**
 * The `yaml` library, loaded on first parse, not on import: a command that reads no YAML never
 * needs it, and `spec validate` start-up is measured against a bare `node -e ""`. `createRequire`
 * is Node's; the browser build replaces this file with `yaml-library-browser.ts` (see src/web/browser-build.ts).
 */
import { createRequire } from 'node:module';
import type * as YamlLibrary from 'yaml';

let yamlLibrary: typeof YamlLibrary | undefined;

export function yaml(): typeof YamlLibrary {
  yamlLibrary ??= createRequire(import.meta.url)('yaml') as typeof YamlLibrary;
  return yamlLibrary;
}
