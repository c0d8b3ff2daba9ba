import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock } from '../../src/files/exclusive-lock.js';
import { UserError } from '../../src/problems/errors.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended: it ran and exited, so it holds nothing. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the lock on a state file', () => {
  it('refuses a second holder while the first holds it, naming the process, and frees it on release', () => {
    const path = join(dir, 'zelfcheck.state.json');
    const first = acquireLock(path, 'zelfcheck.state.json');
    let refused: unknown;
    try {
      acquireLock(path, 'zelfcheck.state.json');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(UserError);
    const line = formatProblemLine((refused as UserError).problems[0]!, 'en');
    expect(line).toContain(`zelfcheck.state.json is in use by another pkvw-light (process ${process.pid} on ${hostname()})`);
    expect((refused as UserError).exitCode).toBe(2);
    first.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
    acquireLock(path, 'zelfcheck.state.json').release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock left by a killed process and says whose it was', () => {
    const path = join(dir, 'zelfcheck.state.json');
    const pid = deadPid();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid, host: hostname() }));
    const lock = acquireLock(path, 'zelfcheck.state.json');
    expect(lock.tookOverFrom).toBe(pid);
    lock.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('takes over a lock file that is not one of ours (empty, garbage, a device)', () => {
    const path = join(dir, 'zelfcheck.state.json');
    for (const content of ['', '{"pid": -1}', 'garbage']) {
      writeFileSync(`${path}.lock`, content);
      const lock = acquireLock(path, 'zelfcheck.state.json');
      expect(lock.tookOverFrom).toBe(0);
      lock.release();
    }
  });

  it('makes a second interactive check on the same state file stop before asking anything', async () => {
    const path = join(dir, 'zelfcheck.state.json');
    const held = acquireLock(path, 'zelfcheck.state.json');
    try {
      const io = captureIo({ cwd: dir, interactive: true });
      expect(await runMain(['check', '--state', 'zelfcheck.state.json'], io)).toBe(2);
      expect(io.err).toContain('fout file-locked zelfcheck.state.json is in gebruik door een andere pkvw-light');
      expect(io.out).toBe('');
    } finally {
      held.release();
    }
  });
});
