/**
 * `npm run build`, after tsc: the `pkvw-light` command as one esbuild bundle. A process then loads
 * one file and the chunk of its own command instead of some hundreds of modules (resolving and
 * compiling them was most of the start-up of `spec validate`, `assess` and `check`). The lazy
 * `import()` of each command in cli/main.ts becomes a chunk of its own, so `spec validate` still
 * never loads pdfkit. dist/src stays tsc's output: that is the library.
 *
 * What the source loads with `createRequire(import.meta.url)` (pdfkit, which reads its font
 * metrics next to its own files; the standalone validators' Ajv runtime) stays a require from
 * node_modules, as in the tsc build: the bundle lives in dist/cli, inside the package.
 */
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';

const outdir = join(packageRoot, 'dist', 'cli');
const chunks = join(outdir, 'chunks');
rmSync(chunks, { recursive: true, force: true });

await build({
  // The report worker (src/report/report-pdf-ahead.ts) is an entry of its own, sharing chunks with the commands.
  entryPoints: { bin: join(packageRoot, 'cli', 'bin.ts'), 'report-pdf-worker': join(packageRoot, 'cli', 'report-pdf-worker.ts') },
  define: { PKVW_CLI_BUNDLE: 'true' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // tsc wrote dist/cli/bin.js and report-pdf-worker.js a moment ago: the bundle replaces them.
  allowOverwrite: true,
  // Bundled CommonJS packages (commander, yaml, ajv) call require for node's own modules.
  banner: { js: "import { createRequire as __pkvwCreateRequire } from 'node:module'; const require = __pkvwCreateRequire(import.meta.url);" },
  // esbuild itself (for `pkvw-light web`) finds its native binary next to its own files: it stays in node_modules.
  external: ['esbuild'],
  logLevel: 'warning',
  legalComments: 'none',
});
// npm links the bin with its mode as built; without the execute bit `npx pkvw-light` fails with "Permission denied".
chmodSync(join(outdir, 'bin.js'), 0o755);
