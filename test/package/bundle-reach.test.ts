import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { unreachedChunks } from './bundle-reach.js';

const CHUNKS = 'dist/cli/chunks';

describe('the chunks of the command bundle that nothing loads', () => {
  const bundle = (files: Record<string, string>) => new Map(Object.entries(files));

  it('counts a chunk the report worker alone imports as used: the worker is an entry, though started by path', () => {
    const files = bundle({
      'dist/cli/bin.js': 'import { a } from "./chunks/chunk-A.js";\nconst worker = new Worker(join(packageRoot, "dist", "cli", "report-pdf-worker.js"));',
      'dist/cli/report-pdf-worker.js': 'import { pdf } from "./chunks/chunk-PDF.js";',
      'dist/cli/chunks/chunk-A.js': 'export const a = 1;',
      'dist/cli/chunks/chunk-PDF.js': 'import "./chunk-FONTS.js";\nexport const pdf = 1;',
      'dist/cli/chunks/chunk-FONTS.js': '',
    });
    expect(unreachedChunks(files, CHUNKS)).toEqual([]);
  });

  it('follows dynamic imports and chunks importing chunks, and names what no entry reaches, also a chunk only an unreached chunk imports', () => {
    const files = bundle({
      'dist/cli/bin.js': 'const { runCheck } = await import("./chunks/check-X.js");',
      'dist/cli/chunks/check-X.js': 'import { b } from "./chunk-B.js";',
      'dist/cli/chunks/chunk-B.js': '',
      'dist/cli/chunks/stale-Y.js': 'import "./chunk-C.js";',
      'dist/cli/chunks/chunk-C.js': '',
      // tsc's own output beside the bundle imports no chunk: it is no entry.
      'dist/cli/cli-io.js': 'export {};',
    });
    expect(unreachedChunks(files, CHUNKS)).toEqual(['dist/cli/chunks/chunk-C.js', 'dist/cli/chunks/stale-Y.js']);
  });

  it.runIf(existsSync(join(packageRoot, CHUNKS)))('finds every chunk of the built bundle reached from bin.js or the report worker', () => {
    const top = readdirSync(join(packageRoot, 'dist', 'cli')).filter((name) => name.endsWith('.js')).map((name) => `dist/cli/${name}`);
    const chunks = readdirSync(join(packageRoot, CHUNKS)).map((name) => `${CHUNKS}/${name}`);
    const files = new Map([...top, ...chunks].map((path) => [path, readFileSync(join(packageRoot, path), 'utf8')]));
    expect(unreachedChunks(files, CHUNKS)).toEqual([]);
  });
});
