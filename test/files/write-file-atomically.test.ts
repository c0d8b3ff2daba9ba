import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStrayTempFiles, writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { UserError } from '../../src/problems/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a file we produce', () => {
  it('is 0600 for private files, also over an existing readable file and under a permissive umask, with no temp file left', () => {
    const path = join(dir, 'sub', 'zelfcheck.state.json');
    writeFileAtomically(path, '{}', { label: 'x', access: 'private' });
    chmodSync(path, 0o644);
    const umask = process.umask(0);
    try {
      writeFileAtomically(path, 'nieuw', { label: 'x', access: 'private' });
    } finally {
      process.umask(umask);
    }
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'sub')).mode & 0o777).toBe(0o700);
    expect(readFileSync(path, 'utf8')).toBe('nieuw');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['zelfcheck.state.json']);
  });

  it('never truncates an existing file in place: the old inode keeps its old bytes and mode', () => {
    // A reader holding the old file (or a kill between truncate and chmod) must never see answers under 0644.
    const path = join(dir, 'rapport.pdf');
    writeFileSync(path, 'oud', { mode: 0o644 });
    const before = statSync(path).ino;
    writeFileAtomically(path, 'geheim', { label: 'rapport.pdf', access: 'private' });
    expect(statSync(path).ino).not.toBe(before);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('replaces a symlink at the target instead of writing through it', () => {
    writeFileSync(join(dir, 'elders.txt'), 'van iemand anders');
    symlinkSync(join(dir, 'elders.txt'), join(dir, 'oordeel.json'));
    writeFileAtomically(join(dir, 'oordeel.json'), '{}', { label: 'oordeel.json', access: 'private' });
    expect(readFileSync(join(dir, 'elders.txt'), 'utf8')).toBe('van iemand anders');
    expect(readFileSync(join(dir, 'oordeel.json'), 'utf8')).toBe('{}');
  });

  it('is 0644 for a shared file (a certificate is made to be shown)', () => {
    const path = join(dir, 'certificaat.pdf');
    writeFileAtomically(path, new Uint8Array([1, 2, 3]), { label: 'certificaat.pdf', access: 'shared' });
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it('reports a folder in the way as a located exit-2 problem and leaves nothing behind', () => {
    mkdirSync(join(dir, 'rapport.pdf'));
    let error: unknown;
    try {
      writeFileAtomically(join(dir, 'rapport.pdf'), 'x', { label: 'rapport.pdf', access: 'private' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).problems[0]).toMatchObject({ code: 'file-target-is-folder', file: 'rapport.pdf' });
    expect(readdirSync(dir)).toEqual(['rapport.pdf']);
  });

  it('removes temporary files a killed run left behind, and nothing else', () => {
    const path = join(dir, 'zelfcheck.state.json');
    writeFileSync(path, '{}');
    writeFileSync(join(dir, '.zelfcheck.state.json.4242.tmp'), '{"half');
    writeFileSync(join(dir, 'notities.tmp'), 'van de gebruiker');
    removeStrayTempFiles(path);
    expect(readdirSync(dir).sort()).toEqual(['notities.tmp', 'zelfcheck.state.json']);
  });
});
