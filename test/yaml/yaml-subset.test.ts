import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { readYamlSubset } from '../../src/yaml/yaml-subset.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';

/** Every path into the data, each also extended past its end: `locate` falls back to the nearest ancestor. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path, [...path, 'ontbreekt'], [...path, 0], [...path, 99]);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** Reads `text` with the subset reader where it applies and with the library alone; both must say the same. */
function expectSameAsLibrary(text: string): void {
  const bytes = new TextEncoder().encode(text);
  const read = parseYamlDocument(bytes, 'f.yaml');
  const library = parseYamlDocument(bytes, 'f.yaml', { subset: false });
  expect(read.problems).toEqual(library.problems);
  expect(read.document?.data).toStrictEqual(library.document?.data);
  if (!read.document || !library.document) return expect(read.document).toBe(library.document);
  const locations = (document: NonNullable<typeof read.document>) =>
    pathsOf(library.document!.data).flatMap((path) => (['key', 'value'] as const).map((at) => `${JSON.stringify(path)} ${at} ${JSON.stringify(document.locate(path, at))}`));
  expect(locations(read.document)).toEqual(locations(library.document));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const repositoryFiles = [...yamlFiles(bundledSpecDir), ...yamlFiles(fixturesDir)];
const texts = repositoryFiles.map((path) => readFileSync(path, 'utf8'));

describe('the YAML subset reader', () => {
  it('reads every file of the bundled catalogue without the library', () => {
    const outside = yamlFiles(bundledSpecDir).filter((path) => readYamlSubset(readFileSync(path, 'utf8')) === undefined);
    expect(outside).toEqual([]);
  });

  it('gives the library’s data, problems and locations for every YAML file in spec/ and fixtures/', () => {
    expect(repositoryFiles.length).toBeGreaterThan(100);
    for (const [i, text] of texts.entries()) {
      try {
        expectSameAsLibrary(text);
      } catch (error) {
        throw new Error(`${relative(fixturesDir, repositoryFiles[i]!)}: ${String(error)}`, { cause: error });
      }
    }
  });

  it.each([
    ['block maps, sequences and a compact sequence', 'a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: [3, 4]\nd:\n- e\n- f\n', true],
    ['plain scalars folded over lines, with comments and empty lines', 'a: een\n  twee   # noot\nb: drie\n\n  vier\n# tussen\nc: vijf\n', true],
    ['literal and folded block scalars, stripped or clipped', 'a: |\n  een\n    twee\n\n  drie\nb: >-\n  een\n  twee\n\n  drie\n\nc: >\n  x\n', true],
    ['quoted scalars with escapes', 'a: "x\\u00e9\\"\\\\\\n\\t\\/"\nb: \'it\'\'s\'\nc: ""\n', true],
    ['one-line flow collections', 'a: { nl: tekst met spaties, en: "quoted, too" }\nb: [1, [2, { c: d }], \'e\']\nc: {}\nd: []\n', true],
    ['anchors and aliases', 'a: &help\n  nl: x\n  en: y\nb: *help\nc: &n 3\nd: *n\n', true],
    ['the core schema: null, booleans, numbers', 'a: ~\nb: Null\nc: TRUE\nd: false\ne: 0o17\nf: -0\ng: 0x1F\nh: .inf\ni: -.Inf\nj: .NaN\nk: 1.5e3\nl: 2.\nm: 007\nn: 1_000\n', true],
    ['a __proto__ key, an own property as with the library', '__proto__: 1\nconstructor: 2\n', true],
    ['an alias inside an anchored node', 'a: &x 1\nb: &y\n  c: *x\nd: *y\n', false],
    ['a duplicate key', 'a: 1\na: 2\n', false],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n', false],
    ['a tab, a carriage return', 'a: 1\r\nb:\t2\n', false],
    ['a document marker, a tag, an explicit key', '---\na: !!str 1\n? b\n: c\n', false],
    ['a multi-line flow collection and quoted scalar', 'a: [1,\n  2]\nb: "x\n  y"\n', false],
    ['a nested map on one line', 'a: b: c\n', false],
    ['a value missing', 'a:\nb: 1\n', false],
  ])('%s: the same as the library (in the subset: %s)', (_name, text, inSubset) => {
    expect(readYamlSubset(text) !== undefined).toBe(inSubset);
    expectSameAsLibrary(text);
  });

  it('reads anchors and aliases as the library does, sharing the anchored value', () => {
    const text = 'a: &help\n  nl: x\n  en: y\nb: *help\nc: &n 3\nd: *n\n';
    expect(readYamlSubset(text)?.data).toStrictEqual({ a: { nl: 'x', en: 'y' }, b: { nl: 'x', en: 'y' }, c: 3, d: 3 });
    expectSameAsLibrary(text);
  });

  it('agrees with the library on real files damaged at random (inserted, deleted and repeated text)', () => {
    const pieces = [' ', '\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", '{', '}', '[', ']', ',', '&a ', '*a', '|', '>', '>-', 'x', '0', '.', '\\', '!', '?', '~', '\t', '  ', '\n  ', '\n- ', 'true', 'null', '0x1F', '.inf', '"\\u0007"', '"\\ud800"', '__proto__: 1\n', '<<: x\n'];
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...pieces) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), line: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 40 }), fc.array(damage, { minLength: 1, maxLength: 3 }), (file, from, count, damages) => {
        const lines = texts[file]!.split('\n');
        const start = from % lines.length;
        let text = lines.slice(start, start + count).join('\n') + '\n';
        for (const d of damages) {
          const at = d.at % (text.length + 1);
          if (d.kind === 'insert') text = text.slice(0, at) + d.text + text.slice(at);
          else if (d.kind === 'delete') text = text.slice(0, at) + text.slice(at + d.length);
          else {
            const all = text.split('\n');
            all.splice(d.at % all.length, 0, all[d.line % all.length]!);
            text = all.join('\n');
          }
        }
        expectSameAsLibrary(text);
      }),
      { numRuns: 250 },
    );
  });
});
