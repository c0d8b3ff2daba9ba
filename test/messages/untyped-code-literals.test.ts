import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { allMessages } from '../../src/messages/render-problem.js';
import { untypedCodeLiterals } from './untyped-code-literals.js';

const codes = new Set(allMessages.flatMap((messages) => Object.keys(messages.nl)));

describe('the problem codes written in src/ and cli/', () => {
  it('are each checked by tsc as a code of their map, so their parameters are too (file:line of each that is not)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(packageRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (config === undefined) throw new Error('tsconfig.json does not parse');
    const files = config.fileNames.filter((file) => !file.includes('/bench/'));
    const program = ts.createProgram(files, config.options);
    const ours = (file: string) => (file.startsWith(join(packageRoot, 'src')) || file.startsWith(join(packageRoot, 'cli'))) && !file.endsWith('-messages.ts') && !file.includes('.generated.');
    const untyped = untypedCodeLiterals(program, codes, ours).map((place) => place.slice(packageRoot.length + 1));
    expect(untyped).toEqual([]);
    // Type-checking the whole program takes ~10 s of CPU; a loaded machine may need longer.
  }, 180_000);
});

describe('the check itself', () => {
  const root = mkdtempSync(join(tmpdir(), 'pkvw-codes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds a code given as a plain string, and passes one typed by its map or only compared', () => {
    const file = join(root, 'emitter.ts');
    writeFileSync(
      file,
      [
        "type Code = 'x-known';",
        'interface Problem { code: string }',
        "export const plain: Problem = { code: 'x-known' };",
        "export const typed: { code: Code } = { code: 'x-known' };",
        "export const read = (p: Problem) => p.code === 'x-known';",
        "export const typeOnly: 'x-known' | undefined = undefined;",
      ].join('\n'),
    );
    const program = ts.createProgram([file], { strict: true, noEmit: true });
    expect(untypedCodeLiterals(program, new Set(['x-known']), (name) => name === file).map((place) => place.slice(root.length + 1))).toEqual(['emitter.ts:3 x-known']);
  });
});
