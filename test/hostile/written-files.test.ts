/**
 * Every file a command writes goes through writeFileAtomically: a FIFO at the target is replaced,
 * never opened for writing (that blocks until someone reads, for good), and a secret written over
 * an existing world-readable file is a new 0600 file, never the old one truncated and chmodded
 * afterwards. The FIFO cases run as child processes: on a command that opens the FIFO, the whole
 * process blocks, so only a kill timeout can report it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-paths.js';
import { TEST_ISSUER_FILES } from '../../src/signing/test-issuer.js';
import { requireTool } from '../support/system-tools.js';

const HANG_MS = 30_000;
// The built command, as the other child-process tests run it (`npm test` builds it first).
const CLI = join(packageRoot, 'dist', 'cli', 'bin.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-written-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function pkvw(argv: string[]): { status: number | null; signal: NodeJS.Signals | null; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, encoding: 'utf8', timeout: HANG_MS });
  return { status: result.status, signal: result.signal, stderr: result.stderr };
}

const fifo = (path: string) => execFileSync(requireTool('mkfifo'), [path]);

describe('a file a command writes, where a FIFO without reader stands', () => {
  const cases: { name: string; target: string; argv: string[]; prepare?: () => void }[] = [
    { name: 'spec simulate --chart', target: 'grafiek.svg', argv: ['spec', 'simulate', '--model', join(packageRoot, 'spec', 'populations', 'dsp-2026.yaml'), '--population', '20', '--runs', '0', '--chart', 'grafiek.svg'] },
    { name: 'issuer test-crl --out', target: 'lijst.crl.pem', argv: ['issuer', 'test-crl', 'uitgever', '--out', 'lijst.crl.pem'], prepare: () => void pkvw(['issuer', 'create-test', '--out', 'uitgever']) },
    { name: 'issuer create-test --force (the firm key)', target: join('uitgever', TEST_ISSUER_FILES.p12), argv: ['issuer', 'create-test', '--out', 'uitgever', '--force'], prepare: () => mkdirSync(join(dir, 'uitgever')) },
  ];
  it.each(cases)('$name: replaces it with the file, exit 0', ({ target, argv, prepare }) => {
    prepare?.();
    fifo(join(dir, target));
    const result = pkvw(argv);
    expect(result.signal, `killed after ${HANG_MS / 1000} s: it opened the FIFO`).toBeNull();
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(join(dir, target)).isFile()).toBe(true);
  }, 3 * HANG_MS);
});

describe('issuer create-test --force over an existing issuer whose files are world-readable', () => {
  it('writes each secret as a new 0600 file, and the old files were never written to', () => {
    const folder = join(dir, 'uitgever');
    mkdirSync(join(folder, 'trust'), { recursive: true });
    const secrets = [TEST_ISSUER_FILES.caKey, TEST_ISSUER_FILES.tsaKey, TEST_ISSUER_FILES.p12, TEST_ISSUER_FILES.passphrase];
    for (const [i, file] of secrets.entries()) {
      writeFileSync(join(folder, file), 'oud\n', { mode: 0o644 });
      linkSync(join(folder, file), join(dir, `oud-${i}`));
    }
    const result = pkvw(['issuer', 'create-test', '--out', 'uitgever', '--force']);
    expect(result.status, result.stderr).toBe(0);
    for (const [i, file] of secrets.entries()) {
      expect(statSync(join(folder, file)).mode & 0o777, file).toBe(0o600);
      expect(readFileSync(join(folder, file), 'utf8'), file).not.toBe('oud\n');
      expect(readFileSync(join(dir, `oud-${i}`), 'utf8'), file).toBe('oud\n');
    }
    expect(statSync(join(folder, TEST_ISSUER_FILES.ca)).mode & 0o777).toBe(0o644);
  }, HANG_MS);
});
