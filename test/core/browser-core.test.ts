import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ESLint } from 'eslint';
import type * as CoreEntry from '../../src/web/core-entry.js';
import { BROWSER_TWINS, NodeBuiltinInBrowserBundle, bundleForBrowser, sourceFile } from '../../src/web/browser-build.js';
import { sha256Hex } from '../../src/canonical/sha256.js';
import { sha256Hex as browserSha256Hex } from '../../src/canonical/sha256-browser.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import { PACKAGE_VERSION_MODULE, renderPackageVersionModule } from '../../src/package-version-module.js';

describe('the core in a browser', () => {
  it('bundles for a browser without Node built-ins or polyfills, with the browser twins in place of sha256 and the yaml loader', async () => {
    const { inputs } = await bundleForBrowser(sourceFile('web/core-entry'), { minify: false });
    for (const [original, twin] of Object.entries(BROWSER_TWINS)) {
      expect(inputs.some((input) => input.startsWith(`src/${twin}.`))).toBe(true);
      expect(inputs.some((input) => input.startsWith(`src/${original}.`))).toBe(false);
    }
    expect(inputs.filter((input) => input.startsWith('src/')).length).toBeGreaterThan(40);
  });

  it('fails, naming the built-in and its importer, when an entry needs Node', async () => {
    const failure = await bundleForBrowser(sourceFile('catalogue/read-catalogue'), { minify: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NodeBuiltinInBrowserBundle);
    expect((failure as NodeBuiltinInBrowserBundle).imports).toContainEqual({ builtin: 'node:fs', importer: join(packageRoot, 'src/catalogue/read-catalogue.ts') });
  });

  it('gives, run outside Node, the same verdict as the CLI: catalogue hash, answers hash and all', async () => {
    const { code } = await bundleForBrowser(sourceFile('web/core-entry'), { globalName: 'core' });
    // A bare context: ECMAScript globals only, plus the two text codecs every browser has.
    const core = runInNewContext(`${code}; core`, { TextEncoder, TextDecoder }) as typeof CoreEntry;
    const bytes = readFileSync(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'));
    const catalogue = core.bundledCatalogue();
    const parsed = core.parseYamlDocument(new Uint8Array(bytes), 'zelfcheck-voorbeeld.yaml');
    const { answers } = core.validateAnswers(parsed.document!, catalogue);
    const now = new Date('2026-12-01T12:00:00Z');
    const inBrowser = JSON.parse(JSON.stringify(core.evaluate(catalogue, answers!, now)));
    const nodeCatalogue = loadCatalogue();
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(evaluate(nodeCatalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), nodeCatalogue), now))));
    expect(catalogue.hash).toBe(nodeCatalogue.hash);
  });

  it('hashes exactly as Node does with its browser SHA-256 (@noble/hashes), for strings and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (data) => {
        expect(browserSha256Hex(data)).toBe(sha256Hex(data));
      }),
      { numRuns: 300 },
    );
    expect(browserSha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('records the version of package.json (run npx tsx scripts/generate-package-version.ts after changing it)', () => {
    expect(readFileSync(join(packageRoot, PACKAGE_VERSION_MODULE), 'utf8')).toBe(renderPackageVersionModule());
  });
});

describe('the pure-core lint rule', () => {
  const eslint = new ESLint({ cwd: packageRoot });
  const violations = [
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    "import { join } from 'path';\nexport const x = join;\n",
    'export const x = process.env;\n',
    'export const x = Buffer.from([]);\n',
    'export const x = new Date();\n',
    'export const x = Date.now();\n',
    'export const x = Math.random();\n',
  ];

  it('refuses files, the clock and randomness in the core, and names the rule', async () => {
    for (const code of violations) {
      const [result] = await eslint.lintText(code, { filePath: join(packageRoot, 'src/verdict/example.ts') });
      const rules = result?.messages.map((m) => m.ruleId);
      expect(rules, code).toEqual([expect.stringMatching(/^no-restricted-(imports|globals|syntax)$/)]);
    }
  });

  it('lets the listed edges and the layers after the core do I/O', async () => {
    for (const filePath of ['src/catalogue/read-catalogue.ts', 'src/report/example.ts', 'cli/example.ts']) {
      const [result] = await eslint.lintText(violations[0] ?? '', { filePath: join(packageRoot, filePath) });
      expect(result?.messages, filePath).toEqual([]);
    }
  });

  it('allows a date that is given, not read from the clock', async () => {
    const [result] = await eslint.lintText("export const x = new Date('2026-12-01');\n", { filePath: join(packageRoot, 'src/verdict/example.ts') });
    expect(result?.messages).toEqual([]);
  });
});
