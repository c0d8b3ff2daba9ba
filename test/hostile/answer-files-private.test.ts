/**
 * A file holding answers or a verdict about someone's home is owner-only from its first byte:
 * a command never truncates an existing file in place (0.1.0 truncated a 0644 report, wrote it,
 * and chmodded it only afterwards; killed in between, the report stayed world-readable). A second
 * name (hard link) for the old file shows whether the old inode was written to.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../../cli/main.js';
import { fixturesDir } from '../../src/package-paths.js';
import { captureIo } from '../support/capture-io.js';

const example = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
const OLD = 'oude inhoud, leesbaar voor iedereen\n';

const commands: { name: string; argv: string[]; written: string[] }[] = [
  { name: 'assess --json --out', argv: ['assess', example, '--json', '--out', 'oordeel.json'], written: ['oordeel.json'] },
  { name: 'report --out', argv: ['report', example, '--out', 'rapport.pdf'], written: ['rapport.pdf'] },
  {
    name: 'check --answers --out --export',
    argv: ['check', '--answers', example, '--out', 'uitkomst', '--export', 'antwoorden.yaml'],
    written: ['uitkomst/oordeel.json', 'uitkomst/rapport.txt', 'uitkomst/rapport.pdf', 'antwoorden.yaml'],
  },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-private-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a file with answers or a verdict, written over an existing world-readable file', () => {
  it.each(commands)('$name: is a new 0600 file, and the old one was never written to', async ({ argv, written }) => {
    mkdirSync(join(dir, 'uitkomst'), { mode: 0o700 });
    for (const [i, file] of written.entries()) {
      writeFileSync(join(dir, file), OLD, { mode: 0o644 });
      linkSync(join(dir, file), join(dir, `oud-${i}`));
    }
    const io = captureIo({ cwd: dir });
    expect(await runMain(argv, io), io.err).toBe(0);
    for (const [i, file] of written.entries()) {
      expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toBe(OLD);
      // The old inode still holds the old bytes under its old mode: nothing was truncated in place.
      expect(readFileSync(join(dir, `oud-${i}`), 'utf8'), file).toBe(OLD);
      expect(statSync(join(dir, `oud-${i}`)).mode & 0o777, file).toBe(0o644);
    }
  });
});
