import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUserFile } from '../../src/files/read-user-file.js';
import { UserError } from '../../src/problems/errors.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { requireTool } from '../support/system-tools.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(path: string, maxBytes = 1024): { code: string; exitCode: number; line: string } {
  try {
    readUserFile(path, { label: 'invoer.yaml', maxBytes });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const problem = error.problems[0]!;
    return { code: problem.code, exitCode: error.exitCode, line: formatProblemLine(problem, 'en') };
  }
  throw new Error(`${path} was read`);
}

describe('reading a file a user named', () => {
  it('reads a regular file, also through a symlink', () => {
    writeFileSync(join(dir, 'a.yaml'), 'x: 1\n');
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'link.yaml'));
    expect(readUserFile(join(dir, 'link.yaml'), { label: 'link.yaml', maxBytes: 10 }).toString()).toBe('x: 1\n');
  });

  it('refuses /dev/zero before reading a byte, also behind a symlink', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    expect(refusal('/dev/zero')).toMatchObject({ code: 'file-not-regular', exitCode: 2 });
    expect(refusal(join(dir, 'zero.yaml')).line).toBe('invoer.yaml: error file-not-regular invoer.yaml is not a regular file but a device: only a regular file is read');
  });

  it('refuses a FIFO without waiting for a writer', () => {
    execFileSync(requireTool('mkfifo'), [join(dir, 'pipe.yaml')]);
    expect(refusal(join(dir, 'pipe.yaml'))).toMatchObject({ code: 'file-not-regular', exitCode: 2 });
  });

  it('refuses a folder, a missing file and a symlink loop, each with its own message', () => {
    mkdirSync(join(dir, 'map'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    expect(refusal(join(dir, 'map')).code).toBe('file-not-regular');
    expect(refusal(join(dir, 'missing.yaml')).code).toBe('file-not-found');
    expect(refusal(join(dir, 'loop')).code).toBe('file-symlink-loop');
  });

  it('refuses a file over the cap with exit 1, naming the limit', () => {
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(1025));
    expect(refusal(join(dir, 'big.yaml'))).toMatchObject({ code: 'file-too-large', exitCode: 1 });
    expect(readUserFile(join(dir, 'big.yaml'), { label: 'big.yaml', maxBytes: 1025 })).toHaveLength(1025);
  });

  it('refuses an unreadable file with exit 2 and the reason', () => {
    if (process.getuid?.() === 0) return; // root reads anything
    writeFileSync(join(dir, 'secret.yaml'), 'x: 1\n', { mode: 0o000 });
    expect(refusal(join(dir, 'secret.yaml'))).toMatchObject({ code: 'file-unreadable', exitCode: 2 });
  });
});
