import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { PROBLEM_CODE_LIST_COMMAND, PROBLEM_CODE_LIST_FILE, renderProblemCodeList } from '../../src/messages/problem-code-list.js';
import { allMessages } from '../../src/messages/render-problem.js';

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
  'file-lock-taken-over',
  'catalogue-too-many',
  'catalogue-too-many-files',
  'catalogue-too-large',
  'yaml-empty',
  'catalogue-not-a-folder',
  'levels-missing',
  'question-options-not-allowed',
  'schema-too-short',
  'schema-too-few-items',
  'schema-too-long',
  'schema-range',
  'schema-duplicate-item',
  'schema-one-of',
  'schema-invalid',
  'flow-state-shape',
  'flow-state-unknown-requirement',
  'flow-new-and-resume',
  'flow-no-terminal',
  'flow-answers-and-resume',
  'signing-passphrase-missing',
  'verify-trust-empty',
  'verify-check-byte-range',
  'verify-check-cms-structure',
  'verify-check-cades-profile',
  'verify-check-signature-value',
  'verify-check-signing-certificate-ref',
  'verify-check-signer-trusted',
  'verify-check-signature-timestamp',
  'verify-check-signer-valid-at-signing',
  'verify-check-signer-not-revoked',
  'verify-not-a-pdf',
  'verify-no-signature',
  'verify-skipped-after',
  'verify-skipped-signature',
  'verify-skipped-pdf',
  'verify-signature-count',
  'verify-byte-range-malformed',
  'verify-byte-range-gap',
  'verify-cms-signed-attribute',
  'verify-signature-dictionary',
  'verify-pdf-unreadable',
  'verify-subfilter',
  'verify-signature-algorithm',
  'verify-attribute-missing',
  'verify-cms-signing-time',
  'verify-signature-invalid',
  'verify-signing-certificate-mismatch',
  'verify-no-trust',
  'verify-untrusted',
  'verify-signer-is',
  'verify-timestamp-at',
  'verify-timestamp-untrusted',
  'verify-no-signing-time',
  'verify-signer-valid-at-timestamp',
  'verify-signer-valid-at-m',
  'verify-crl-unreadable',
  'verify-crl-untrusted',
  'verify-crl-not-for-issuer',
  'verify-crl-not-listed',
  'report-sign-needs-issuer',
  'simulate-case-invalid',
  'population-duplicate',
  'population-empty-group',
  'population-group-without-respondents',
  'population-catalogue-lacks-question',
  'population-no-new-build-cut-off',
  'population-question-not-choice',
  'certificate-no-dwelling',
  'certificate-no-inspection',
  'certificate-number-invalid',
  'certificate-issued-at-invalid',
  'issuer-register-damaged',
  'issuer-reason-missing',
  'issuer-valid-from-invalid',
  'verify-check-embedded-data',
  'verify-check-firm-matches-signer',
  'verify-check-catalogue-hash',
  'verify-check-verdict-consistent',
  'verify-check-validity-period',
  'verify-check-not-revoked',
  'verify-embedded-missing',
  'verify-embedded-unparseable',
  'verify-embedded-not-canonical',
  'verify-embedded-shape',
  'verify-embedded-too-many',
  'verify-embedded-filter',
  'verify-is-report',
  'verify-firm-mismatch',
  'verify-firm-is',
  'verify-catalogue-is',
  'verify-risk-incomplete',
  'verify-requirement-status',
  'verify-validity-mismatch',
  'verify-inspection-date',
  'verify-catalogue-unavailable',
  'verify-catalogue-hash-mismatch',
  'verify-consistent-certificate',
  'verify-outside-validity',
  'verify-within-validity',
  'verify-revoked',
  'verify-not-on-list',
  'verify-revocation-required',
  'verify-revocations-untrusted',
  // Landed on main without a test while this meta-test was being written.
  'file-unwritable',
  'usage-conflicting-options',
  'file-not-regular-write',
  'verify-trust-not-a-folder',
  'signing-passphrase-file-not-regular',
  'certificate-claim-unproven',
];

describe('the problem codes', () => {
  it(`are listed in ${PROBLEM_CODE_LIST_FILE} with their messages (regenerate: ${PROBLEM_CODE_LIST_COMMAND})`, () => {
    const committed = readFileSync(join(packageRoot, PROBLEM_CODE_LIST_FILE), 'utf8');
    expect(committed === renderProblemCodeList(), `${PROBLEM_CODE_LIST_FILE} is out of date: run ${PROBLEM_CODE_LIST_COMMAND}`).toBe(true);
    for (const code of codes) expect(committed).toContain(`| \`${code}\` |`);
  });

  it('are each emitted by src/ or cli/: a message nobody reports is dead', () => {
    const source = textOf(['src', 'cli'], (path) => path.endsWith('.ts') && !path.endsWith('-messages.ts'));
    // Codes built from a prefix and a check name, such as `verify-check-${check}`.
    const prefixes = [...source.matchAll(/[`]([a-z][a-z0-9-]*-)\$\{/g)].map((match) => match[1]!);
    const unused = codes.filter((code) => !["'", '"', '`'].some((quote) => source.includes(quote + code + quote)) && !prefixes.some((prefix) => code.startsWith(prefix)));
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
