/**
 * Which chunks of the command's bundle (scripts/bundle-cli.ts) nothing loads: a chunk is used when an
 * entry of the bundle reaches it through imports, static or dynamic, directly or through other chunks.
 * The entries are the files beside the chunks that import one: `bin.js` and the report worker
 * (`report-pdf-worker.js`, started by path in a worker thread, so no import names it), and any entry
 * added later.
 */
import { posix } from 'node:path';

/** `from "./x.js"`, `import "./x.js"` and `import("./x.js")`: the relative imports esbuild writes. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The chunks (paths under `chunkDir`) that no entry reaches. `files` holds the text of every bundle
 * file by its path, e.g. `dist/cli/bin.js` and `dist/cli/chunks/chunk-ABC.js`.
 * @example
 * unreachedChunks(new Map([['dist/cli/bin.js', 'import "./chunks/a.js";'], ['dist/cli/chunks/a.js', ''], ['dist/cli/chunks/b.js', '']]), 'dist/cli/chunks')
 * // ['dist/cli/chunks/b.js']
 */
export function unreachedChunks(files: ReadonlyMap<string, string>, chunkDir: string): string[] {
  const isChunk = (path: string) => posix.dirname(path) === chunkDir;
  const importsOf = (path: string) => [...(files.get(path) ?? '').matchAll(IMPORT)].map((match) => posix.join(posix.dirname(path), match[1] ?? ''));
  const entries = [...files.keys()].filter((path) => posix.dirname(path) === posix.dirname(chunkDir) && importsOf(path).some(isChunk));
  const reached = new Set<string>(entries);
  const queue = [...entries];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    for (const next of importsOf(path)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return [...files.keys()].filter((path) => isChunk(path) && !reached.has(path)).sort();
}
