/**
 * Bundles a page of the web site for the browser with esbuild, from the same `src/` engine the CLI
 * runs (the `.ts` sources in a checkout, `dist/src/*.js` when installed). Two files of the core
 * have a browser twin, swapped in here and nowhere else: `canonical/sha256` (Node's native hash →
 * @noble/hashes) and `yaml/yaml-library` (lazy `createRequire` → a static import). Anything else
 * that reaches for a Node built-in fails the build, naming the importing file: no polyfills.
 */
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from '../package-paths.js';

/** Module file (without extension) → its browser twin. */
export const BROWSER_TWINS: Readonly<Record<string, string>> = {
  'canonical/sha256': 'canonical/sha256-browser',
  'yaml/yaml-library': 'yaml/yaml-library-browser',
};

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export interface BrowserBundle {
  /** The bundle's JavaScript (an IIFE: it runs from `file://`, where module scripts are refused). */
  code: string;
  /** Every input file, relative to the package root, for the check that the core stays browser-clean. */
  inputs: string[];
}

/** Thrown when a page needs a Node built-in; `imports` names each one with its importer. */
export class NodeBuiltinInBrowserBundle extends Error {
  constructor(readonly imports: { builtin: string; importer: string }[]) {
    super(`the browser bundle needs Node built-ins: ${imports.map((i) => `${i.builtin} (from ${i.importer})`).join(', ')}`);
  }
}

/**
 * @example const { code } = await bundleForBrowser(sourceFile('web/self-check/self-check-page'));
 */
export async function bundleForBrowser(entry: string, options: { minify?: boolean; globalName?: string } = {}): Promise<BrowserBundle> {
  const builtins: { builtin: string; importer: string }[] = [];
  const plugin: Plugin = {
    name: 'pkvw-light-browser',
    setup(setup) {
      setup.onResolve({ filter: /.*/ }, (args) => {
        if (BUILTINS.has(args.path)) {
          builtins.push({ builtin: args.path, importer: args.importer });
          return { path: args.path, external: true };
        }
        if (!args.path.startsWith('.')) return undefined;
        const twin = twinOf(join(args.resolveDir, args.path));
        return twin ? { path: twin } : undefined;
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    write: false,
    metafile: true,
    minify: options.minify ?? true,
    ...(options.globalName ? { globalName: options.globalName } : {}),
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [plugin],
  });
  if (builtins.length > 0) throw new NodeBuiltinInBrowserBundle(builtins);
  const code = result.outputFiles[0]?.text ?? '';
  return { code, inputs: Object.keys(result.metafile.inputs) };
}

/** A source file of this package by its path under `src/` without extension: `.ts` in a checkout, `.js` when built. */
export function sourceFile(path: string): string {
  // From the package root, not this file: the CLI runs this module from its own bundle in dist/cli.
  const ts = join(packageRoot, 'src', `${path}.ts`);
  return existsSync(ts) ? ts : join(packageRoot, 'dist', 'src', `${path}.js`);
}

/** The browser twin of `file` (an import specifier made absolute), if it has one. */
function twinOf(file: string): string | undefined {
  const stem = file.replace(/\.(js|ts)$/, '');
  for (const [original, twin] of Object.entries(BROWSER_TWINS)) {
    if (sourceFile(original).replace(/\.(js|ts)$/, '') === stem) return sourceFile(twin);
  }
  return undefined;
}
