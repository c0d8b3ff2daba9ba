import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { LAYERS, backEdges, folderOf, readImportEdges, type ImportEdge } from './dependency-direction.js';

describe('the folder layout', () => {
  const edges = readImportEdges(packageRoot, ['src', 'cli']);

  it('reads the imports of every folder in src/ and cli/', () => {
    const folders = new Set(edges.map((edge) => edge.from));
    for (const folder of ['condition', 'catalogue', 'answers', 'risk', 'verdict', 'flow', 'report', 'signing', 'certificate', 'policy', 'messages', 'cli']) expect(folders).toContain(folder);
    expect(edges.length).toBeGreaterThan(300);
  });

  it('depends one way: no folder imports a folder after it (file:line of each back-edge)', () => {
    expect(backEdges(edges)).toEqual([]);
  });

  it('gives every folder in src/ a place in the layout', () => {
    const unplaced = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].filter((folder) => !(LAYERS as readonly string[]).includes(folder));
    expect(unplaced).toEqual([]);
  });
});

describe('the dependency check itself', () => {
  const edge = (from: string, to: string): ImportEdge => ({ file: `src/${from}/x.ts`, line: 3, specifier: `../${to}/y.js`, from, to });

  it('reports an import of a later folder with its file and line', () => {
    expect(backEdges([edge('condition', 'catalogue')])).toEqual(["src/condition/x.ts:3: condition → catalogue ('../catalogue/y.js'): catalogue comes after condition"]);
  });

  it('accepts imports of earlier folders and within a folder', () => {
    expect(backEdges([edge('catalogue', 'condition'), edge('cli', 'problems'), edge('verdict', 'verdict')])).toEqual([]);
  });

  it('reports a folder that has no place in the layout', () => {
    expect(backEdges([edge('utils', 'problems')])).toEqual(["src/utils/x.ts:3: utils → problems ('../problems/y.js'): utils has no place in the layout"]);
  });

  it('maps top-level files to their layer', () => {
    expect([folderOf('src/index.ts'), folderOf('src/package-paths.js'), folderOf('src/package-version.generated.ts'), folderOf('cli/commands/check.ts'), folderOf('src/risk/risk-profile.ts'), folderOf('test/x.ts')]).toEqual(['barrel', 'package', 'package', 'cli', 'risk', undefined]);
  });

  describe('on a tree with a deliberate back-edge', () => {
    const root = mkdtempSync(join(tmpdir(), 'pkvw-layout-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('finds a static import, an export-from and a dynamic import, and ignores one in a comment', () => {
      mkdirSync(join(root, 'src', 'condition'), { recursive: true });
      mkdirSync(join(root, 'src', 'verdict'), { recursive: true });
      writeFileSync(join(root, 'src', 'verdict', 'evaluate.ts'), 'export const x = 1;\n');
      writeFileSync(
        join(root, 'src', 'condition', 'evaluate-condition.ts'),
        [
          "import type { X } from '../verdict/evaluate.js';",
          '// import { y } from "../verdict/evaluate.js";',
          "export { x } from '../verdict/evaluate.js';",
          "export async function later() { return import('../verdict/evaluate.js'); }",
          "import { z } from './local.js';",
        ].join('\n'),
      );
      const found = backEdges(readImportEdges(root, ['src']));
      expect(found).toEqual([
        "src/condition/evaluate-condition.ts:1: condition → verdict ('../verdict/evaluate.js'): verdict comes after condition",
        "src/condition/evaluate-condition.ts:3: condition → verdict ('../verdict/evaluate.js'): verdict comes after condition",
        "src/condition/evaluate-condition.ts:4: condition → verdict ('../verdict/evaluate.js'): verdict comes after condition",
      ]);
    });
  });
});
