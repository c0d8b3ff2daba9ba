/**
 * CI runs exactly the test command the README gives a new user, so a README that CI does not check
 * cannot drift: `.ci/run` defines `readme_test_command` and calls it once per Node version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const ciRun = readFileSync(join(packageRoot, '.ci', 'run'), 'utf8');

/** The one command in the README's Quick start that runs the tests, without its comment. */
function readmeTestCommand(): string {
  const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
  const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
  const commands = block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /\bnpm (run )?test\b/.test(line));
  expect(commands, 'one test command in the README Quick start').toHaveLength(1);
  return commands[0] ?? '';
}

function ciTestCommand(): string {
  const body = /^readme_test_command\(\) \{\n([\s\S]*?)\n\}$/m.exec(ciRun)?.[1];
  expect(body, '.ci/run defines readme_test_command() { … }').toBeDefined();
  return (body ?? '').trim();
}

describe('.ci/run', () => {
  it("runs exactly the README's test command", () => {
    expect(ciTestCommand()).toBe(readmeTestCommand());
  });

  it('runs it on the machine’s Node and again with Node 24 first on PATH, and runs no tests any other way', () => {
    const lines = ciRun.split('\n').map((line) => line.trim());
    const calls = lines.flatMap((line, i) => (line === 'readme_test_command' ? [i] : []));
    expect(calls).toHaveLength(2);
    const node24 = lines.findIndex((line) => /^export PATH=.*node\/bin:\$PATH"?$/.test(line));
    expect(lines.some((line) => line.includes('node@24'))).toBe(true);
    expect(node24).toBeGreaterThan(calls[0] ?? Infinity);
    expect(node24).toBeLessThan(calls[1] ?? -Infinity);
    const outsideFunction = ciRun.replace(/^readme_test_command\(\) \{\n[\s\S]*?\n\}$/m, '');
    expect(outsideFunction).not.toMatch(/\bnpm (ci|test|run test)\b|\bvitest\b/);
  });

  it('leaves installing the system tools to the test command itself', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.pretest).toContain('scripts/install-system-tools.ts');
    expect(ciRun).not.toMatch(/apt-get/);
  });
});
