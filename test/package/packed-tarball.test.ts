/**
 * The package as a user gets it: `npm pack`, installed into a fresh project with npm, imported by
 * its name, its README example run as written, its types checked by a TypeScript consumer, its bin
 * run. Needs the build in dist/ (`npm test` builds first).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { unreachedChunks } from './bundle-reach.js';

const scratch = mkdtempSync(join(tmpdir(), 'pkvw-pack-'));
const project = join(scratch, 'project');
const installed = join(project, 'node_modules', 'pkvw-light');
let packed: { filename: string; files: { path: string }[] };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** npm as a user runs it: without the npm_* settings of the `npm test` that started us. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function node(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
}

beforeAll(() => {
  if (!existsSync(join(packageRoot, 'dist', 'src', 'index.js'))) throw new Error('dist/ is not built: run `npm run build` (npm test does) first');
  // --ignore-scripts: `npm test` has just built dist/, and rebuilding it here would race the tests that run it.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], packageRoot);
  expect(pack.status, pack.stderr).toBe(0);
  const [first] = JSON.parse(pack.stdout) as (typeof packed)[];
  if (first === undefined) throw new Error(`npm pack --json gave no package: ${pack.stdout}`);
  packed = first;
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'embeds-pkvw-light', private: true, type: 'module' }));
  const install = npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], project);
  expect(install.status, install.stderr).toBe(0);
}, 300_000);

describe('the packed tarball', () => {
  it('holds only what a user needs: the build, the catalogue, the examples, the fonts, README and LICENSE', () => {
    const paths = packed.files.map((file) => file.path);
    // The cases' answers and expected outcomes are what `spec simulate` reads; their golden verdicts are test data.
    const allowed = /^(dist\/src\/|dist\/cli\/|spec\/|fixtures\/answers\/|fixtures\/cases\/[^/]+\/(answers|expected)\.yaml$|assets\/fonts\/|package\.json$|README\.md$|LICENSE$)/;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
    for (const needed of ['LICENSE', 'README.md', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/cli/bin.js', 'spec/schema/answers.schema.json', 'fixtures/answers/zelfcheck-voorbeeld.yaml']) {
      expect(paths).toContain(needed);
    }
    // Every compiled file has its source: nothing stale from an earlier build ships. The command's
    // bundle chunks (scripts/bundle-cli.ts) have none of their own: each must be reached by an entry
    // of the bundle (bin.js, the report worker) through its imports.
    const chunk = /^dist\/cli\/chunks\/[^/]+\.js$/;
    const orphans = paths.filter((path) => /^dist\/.*\.js$/.test(path) && !chunk.test(path) && !existsSync(join(packageRoot, path.replace(/^dist\//, '').replace(/\.js$/, '.ts'))));
    expect(orphans).toEqual([]);
    const bundle = paths.filter((path) => chunk.test(path) || /^dist\/cli\/[^/]+\.js$/.test(path));
    expect(unreachedChunks(new Map(bundle.map((path) => [path, readFileSync(join(installed, path), 'utf8')])), 'dist/cli/chunks')).toEqual([]);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  });

  it("runs the README's library example as written, imported by the package name", () => {
    const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use as a library'));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example).toContain("from 'pkvw-light'");
    writeFileSync(join(project, 'verdict.mjs'), example);
    const result = node(['verdict.mjs']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const promised = /console\.log\(verdict\.outcome\); \/\/ (\S+)/.exec(example)?.[1];
    expect(result.stdout.split('\n')[0]).toBe(promised);
    expect(result.stdout).toContain('>> BASICS NOT IN ORDER');
  });

  it('evaluates the bundled example to the same verdict as the repository, byte for byte', () => {
    const now = '2026-11-28T12:00:00Z';
    writeFileSync(
      join(project, 'canonical.mjs'),
      [
        "import { join } from 'node:path';",
        "import { bundledFixturesDir, canonicalVerdictJson, evaluate, loadCatalogue, readAnswers } from 'pkvw-light';",
        'const catalogue = loadCatalogue();',
        "const answers = readAnswers(join(bundledFixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue);",
        `process.stdout.write(canonicalVerdictJson(evaluate(catalogue, answers, new Date('${now}'))));`,
      ].join('\n'),
    );
    const result = node(['canonical.mjs']);
    expect(result.stderr).toBe('');
    const catalogue = loadCatalogue();
    const expected = canonicalVerdictJson(evaluate(catalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue), new Date(now)));
    expect(result.stdout).toBe(expected);
  });

  it('comes with type declarations a strict TypeScript consumer checks against', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { evaluate, loadCatalogue, readAnswers, type Outcome, type Verdict } from 'pkvw-light';",
        'const catalogue = loadCatalogue();',
        "const verdict: Verdict = evaluate(catalogue, readAnswers('a.yaml', catalogue), new Date());",
        'const outcome: Outcome = verdict.outcome;',
        '// @ts-expect-error the clock is a Date, not a string',
        "evaluate(catalogue, readAnswers('a.yaml', catalogue), '2026-11-28');",
        'export { outcome };',
      ].join('\n'),
    );
    // The consumer has @types/node and nothing else of our development dependencies.
    const typeRoots = join(scratch, 'types');
    mkdirSync(typeRoots);
    symlinkSync(join(packageRoot, 'node_modules', '@types', 'node'), join(typeRoots, 'node'));
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', typeRoots];
    const tsc = node([join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc'), ...options, 'consumer.ts']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('installs the pkvw-light command, which judges the bundled example', () => {
    const bin = join(project, 'node_modules', '.bin', 'pkvw-light');
    const version = spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version);
    const assess = spawnSync(bin, ['assess', join(installed, 'fixtures', 'answers', 'zelfcheck-voorbeeld.yaml'), '--json'], { cwd: project, encoding: 'utf8' });
    expect(assess.stderr).toBe('');
    expect(assess.status).toBe(0);
    expect(JSON.parse(assess.stdout).outcome).toBe('niet-op-orde');
  });

  it('builds the web self-check from the installed package (dist/src, esbuild as a dependency)', () => {
    const bin = join(project, 'node_modules', '.bin', 'pkvw-light');
    const web = spawnSync(bin, ['web', '--out', 'site', '--json'], { cwd: project, encoding: 'utf8' });
    expect(web.status, web.stderr).toBe(0);
    expect(JSON.parse(web.stdout)).toMatchObject({ format: 'pkvw-light/web@1', file: join('site', 'index.html') });
    expect(readFileSync(join(project, 'site', 'index.html'), 'utf8')).toContain("connect-src 'none'");
  });

  it('validates its bundled catalogue and simulates its bundled cases from the installed command', () => {
    const bin = join(project, 'node_modules', '.bin', 'pkvw-light');
    const validate = spawnSync(bin, ['spec', 'validate', '--json'], { cwd: project, encoding: 'utf8' });
    expect(validate.status, validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ valid: true, summary: { errors: 0 } });
    const simulate = spawnSync(bin, ['spec', 'simulate', '--population', '5', '--json'], { cwd: project, encoding: 'utf8' });
    expect(simulate.status, simulate.stderr).toBe(0);
    const cases = readdirSync(join(fixturesDir, 'cases')).filter((name) => existsSync(join(fixturesDir, 'cases', name, 'answers.yaml')));
    expect(JSON.parse(simulate.stdout).cases).toEqual({ fixtures: cases.length, synthetic: 5 });
  });
});
