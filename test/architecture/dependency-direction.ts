/**
 * The one-way folder layout of #12, read from the imports themselves: every relative import (static,
 * `export … from`, dynamic `import()`) in src/ and cli/ is mapped to its folder, and an import of a
 * folder later in LAYERS is a back-edge. Imports are found by the TypeScript compiler's own
 * pre-processor, so comments and strings that look like imports do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * Lowest first; a folder may import only itself and the folders before it. The utilities come first
 * (problems as data, the i18n mechanism, canonical JSON, YAML, schema errors, files, package paths),
 * then the data flow: condition → catalogue → answers → risk → verdict → flow → report → signing →
 * certificate → policy, then the edge: the message registry, the library barrel, web and cli.
 */
export const LAYERS = [
  'problems',
  'i18n',
  'canonical',
  'yaml',
  'schema-validation',
  'files',
  'package',
  'condition',
  'catalogue',
  'answers',
  'risk',
  'verdict',
  'flow',
  'report',
  'signing',
  'certificate',
  'policy',
  'messages',
  'barrel',
  'web',
  'cli',
] as const;
export type Layer = (typeof LAYERS)[number];

/** One import: where it is written, what it names, and the folders of both ends. */
export interface ImportEdge {
  file: string;
  line: number;
  specifier: string;
  from: string;
  to: string;
}

const TOP_LEVEL: Record<string, Layer> = { 'index.ts': 'barrel' };

/** The folder (layer name) a repository-relative path belongs to, or undefined outside src/ and cli/. */
export function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] === 'cli') return 'cli';
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  if (parts.length === 2) {
    const name = parts[1]!.replace(/\.js$/, '.ts');
    // package-paths, package-version and its generated module: where the package is and what version it has.
    if (name.startsWith('package-')) return 'package';
    return TOP_LEVEL[name] ?? `src/${name}`;
  }
  return parts[1];
}

/** Every relative import in the .ts files under `dirs` (repository-relative), with its folders. */
export function readImportEdges(root: string, dirs: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const dir of dirs) {
    for (const file of tsFiles(join(root, dir))) {
      const source = readFileSync(file, 'utf8');
      const at = relative(root, file).split(sep).join('/');
      const from = folderOf(at);
      if (from === undefined) continue;
      const lines = ts.createSourceFile(at, source, ts.ScriptTarget.Latest);
      for (const ref of ts.preProcessFile(source, true, true).importedFiles) {
        if (!ref.fileName.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), ref.fileName)).split(sep).join('/');
        const to = folderOf(target);
        if (to === undefined) continue;
        const line = ts.getLineAndCharacterOfPosition(lines, ref.pos).line + 1;
        edges.push({ file: at, line, specifier: ref.fileName, from, to });
      }
    }
  }
  return edges;
}

/**
 * The imports that go against LAYERS, as `file:line` lines; a folder that LAYERS does not list is a
 * finding too, so a new folder must be given its place before it can import or be imported.
 */
export function backEdges(edges: readonly ImportEdge[], layers: readonly string[] = LAYERS): string[] {
  const rank = new Map(layers.map((layer, i) => [layer, i]));
  const findings: string[] = [];
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const from = rank.get(edge.from);
    const to = rank.get(edge.to);
    if (from === undefined || to === undefined) {
      findings.push(`${edge.file}:${edge.line}: ${edge.from} → ${edge.to} ('${edge.specifier}'): ${from === undefined ? edge.from : edge.to} has no place in the layout`);
    } else if (to > from) {
      findings.push(`${edge.file}:${edge.line}: ${edge.from} → ${edge.to} ('${edge.specifier}'): ${edge.to} comes after ${edge.from}`);
    }
  }
  return findings;
}

function tsFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...tsFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}
