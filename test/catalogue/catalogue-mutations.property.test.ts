import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseYamlDocument, type YamlDocument } from '../../src/yaml/yaml-document.js';
import { validateCatalogue } from '../../src/catalogue/validate-catalogue.js';
import { isKnownProblemCode } from '../../src/messages/render-problem.js';
import { fixturesDir } from '../../src/package-paths.js';
import type { Problem } from '../../src/problems/problem.js';

const minimal = join(fixturesDir, 'catalogues', 'minimal');
const fileNames = ['a-keurmerk.yaml', 'b-wonen.yaml'];
const originals = fileNames.map((name) => readFileSync(join(minimal, name), 'utf8'));

/** One edit a hurried or hostile hand might make to a catalogue file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom('true', '42', '""', '[]', '{}', 'null', 'SC-99', '*x', '&x a', 'B', '- x'), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('insert-bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === 'insert-bytes') {
    const at = m.at % (bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
  }
  const lines = new TextDecoder().decode(bytes).split('\n');
  const i = m.at % lines.length;
  if (m.kind === 'delete-line') lines.splice(i, 1);
  if (m.kind === 'swap-lines') {
    const j = m.with % lines.length;
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  }
  if (m.kind === 'replace-value') lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${m.value}`);
  return new TextEncoder().encode(lines.join('\n'));
}

function validateTexts(files: Uint8Array[]): { catalogue?: unknown; problems: Problem[] } {
  const documents: YamlDocument[] = [];
  const problems: Problem[] = [];
  files.forEach((bytes, i) => {
    const parsed = parseYamlDocument(bytes, fileNames[i] ?? 'x.yaml');
    problems.push(...parsed.problems);
    if (parsed.document) documents.push(parsed.document);
  });
  if (problems.length > 0) return { problems };
  return validateCatalogue(documents, 'test');
}

describe('validating a mutated catalogue', () => {
  it('never crashes: it gives a catalogue, or problems each with a file, line, column and known code', () => {
    fc.assert(
      fc.property(fc.nat({ max: fileNames.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (target, mutations) => {
        const files: Uint8Array[] = originals.map((text) => new TextEncoder().encode(text));
        files[target] = mutations.reduce(mutate, files[target]!);
        const { catalogue, problems } = validateTexts(files);
        for (const problem of problems) {
          expect(isKnownProblemCode(problem.code), problem.code).toBe(true);
          expect(fileNames).toContain(problem.file);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
        if (!catalogue) expect(problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
