/**
 * Reading a catalogue leaves nothing behind: 0.1.0 cached parsed YAML in node_modules/.cache or,
 * installed from the tarball, in a world-readable /tmp/pkvw-light-cache, and trusted its entries
 * (an edited entry made `spec validate` count 66 requirements instead of 67). Every file is parsed
 * from its own bytes on every run, so there is no entry to edit.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../../cli/main.js';
import { bundledSpecDir, packageRoot } from '../../src/package-paths.js';
import { captureIo } from '../support/capture-io.js';

/** Where 0.1.0 wrote its cache, and where a per-user (XDG) one would go. */
const CACHE_FOLDERS = [join(packageRoot, 'node_modules', '.cache', 'pkvw-light'), join(tmpdir(), 'pkvw-light-cache'), join(homedir(), '.cache', 'pkvw-light')];

function listing(): string[] {
  return CACHE_FOLDERS.flatMap((folder) => (existsSync(folder) ? [folder, ...readdirSync(folder, { recursive: true }).map((entry) => join(folder, String(entry)))] : []));
}

const dir = mkdtempSync(join(tmpdir(), 'pkvw-nocache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spec validate of a catalogue copy', () => {
  it('writes no cache anywhere, and sees every change to a file on the next run', async () => {
    const copy = join(dir, 'catalogus');
    cpSync(bundledSpecDir, copy, { recursive: true });
    // Bytes no earlier run has seen, so an old cache entry cannot be what answers.
    appendFileSync(join(copy, 'wonen.yaml'), `# ${dir}\n`);
    const before = listing();
    const first = captureIo({ cwd: dir });
    expect(await runMain(['spec', 'validate', 'catalogus', '--json'], first), first.err).toBe(0);
    expect(listing()).toEqual(before);

    appendFileSync(join(copy, 'wonen.yaml'), 'requirements: nee\n');
    const second = captureIo({ cwd: dir });
    expect(await runMain(['spec', 'validate', 'catalogus'], second)).toBe(1);
    expect(second.out + second.err).toContain('wonen.yaml');
    expect(listing()).toEqual(before);
  });
});
