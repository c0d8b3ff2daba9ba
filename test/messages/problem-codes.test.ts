import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { PROBLEM_CODE_LIST_COMMAND, PROBLEM_CODE_LIST_FILE, renderProblemCodeList } from '../../src/messages/problem-code-list.js';
import { allMessages } from '../../src/messages/render-problem.js';
import { CHECK_CODES } from '../../src/signing/verification-result.js';

/**
 * The meta-tests of the problem catalogue, in the typescript-eslint style: every code has a message
 * in each language (test/i18n/messages.test.ts), is emitted by src/ or cli/, is named by a test or a
 * fixture, and stands in docs/problem-codes.md.
 */
const codes = allMessages.flatMap((messages) => Object.keys(messages.nl));

/** The text of the files under `dirs` that `keep` keeps (by repository-relative path). */
function textOf(dirs: readonly string[], keep: (path: string) => boolean): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && keep(relative(packageRoot, path)) && statSync(path).size < 4_000_000) parts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of dirs) walk(join(packageRoot, dir));
  return parts.join('\n');
}

/**
 * Codes no test or fixture names yet (#12): the list may only shrink. A code added without a test
 * fails the test below; a code on this list that a test now names must come off it.
 */
const NOT_YET_TESTED: readonly string[] = [
];

describe('the problem codes', () => {
  it(`are listed in ${PROBLEM_CODE_LIST_FILE} with their messages (regenerate: ${PROBLEM_CODE_LIST_COMMAND})`, () => {
    const committed = readFileSync(join(packageRoot, PROBLEM_CODE_LIST_FILE), 'utf8');
    expect(committed === renderProblemCodeList(), `${PROBLEM_CODE_LIST_FILE} is out of date: run ${PROBLEM_CODE_LIST_COMMAND}`).toBe(true);
    for (const code of codes) expect(committed).toContain(`| \`${code}\` |`);
  });

  it('are each emitted by src/ or cli/: a message nobody reports is dead', () => {
    const source = textOf(['src', 'cli'], (path) => path.endsWith('.ts') && !path.endsWith('-messages.ts'));
    // The one code built from a name, a check's title `verify-check-${check}`, is typed (titleCode in
    // verification-text.ts), so tsc holds every check to a message; those codes are emitted by the checks.
    const built = new Set(CHECK_CODES.map((check) => `verify-check-${check}`));
    const unused = codes.filter((code) => !["'", '"', '`'].some((quote) => source.includes(quote + code + quote)) && !built.has(code));
    expect(unused).toEqual([]);
  });

  it('are each named by a test or a fixture, apart from the listed ones still to test', () => {
    // This file is left out: its own list must not count as a test.
    const tests = textOf(['test', 'fixtures'], (path) => path !== 'test/messages/problem-codes.test.ts' && !/\.(pdf|der|p12|png|crl)$/.test(path));
    const untested = codes.filter((code) => !tests.includes(code));
    expect(untested.filter((code) => !NOT_YET_TESTED.includes(code)), 'codes without a test or fixture').toEqual([]);
    expect(NOT_YET_TESTED.filter((code) => !untested.includes(code)), 'codes now tested: take them off NOT_YET_TESTED').toEqual([]);
  });
});
