/**
 * One process at a time per file: a lock file beside it (`<file>.lock`) holding the owner's pid and
 * host. A lock whose process no longer runs on this host (killed, crashed) is taken over, and the
 * caller is told so; a live one refuses. Created by link(2), so it is either absent or complete.
 */
import { closeSync, constants, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ioError as anyIoError } from '../problems/errors.js';
import type { IoErrorOf } from '../i18n/message-map.js';
import type { generalMessages } from '../i18n/general-messages.js';
import { errnoOf, fileError } from './file-error.js';
import { readUserFile } from './read-user-file.js';

/** `ioError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const ioError: IoErrorOf<typeof generalMessages> = anyIoError;

export interface HeldLock {
  /** Removes the lock if it is still ours. Safe to call more than once. */
  release(): void;
  /** The pid of a process that held the lock and no longer runs, when we took it over. */
  tookOverFrom?: number;
}

interface LockOwner {
  pid: number;
  host: string;
}

/**
 * Takes the lock on `path` for this process, or throws `UserError` (exit 2) naming who holds it.
 * @example
 * const lock = acquireLock(statePath, 'zelfcheck.state.json');
 * try { ... } finally { lock.release(); }
 */
export function acquireLock(path: string, label: string): HeldLock {
  const lockPath = `${path}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname() };
  const temp = join(dirname(path), `.${basename(lockPath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw fileError(error, label, 'write');
  }
  writeOwner(temp, me, label);
  try {
    try {
      linkSync(temp, lockPath);
      return held(lockPath, me);
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw fileError(error, `${label}.lock`, 'write');
    }
    const holder = readOwner(lockPath);
    if (holder !== undefined && (holder.host !== me.host || isRunning(holder.pid))) {
      throw ioError('file-locked', { path: label, lock: `${label}.lock`, pid: holder.pid, host: holder.host }, label);
    }
    // Stale: replace it atomically, then read back, so of two runs taking over at once only one wins.
    try {
      renameSync(temp, lockPath);
    } catch (error) {
      throw fileError(error, `${label}.lock`, 'write');
    }
    const now = readOwner(lockPath);
    if (now === undefined || now.pid !== me.pid || now.host !== me.host) {
      throw ioError('file-locked', { path: label, lock: `${label}.lock`, pid: now?.pid ?? 0, host: now?.host ?? '?' }, label);
    }
    return { ...held(lockPath, me), tookOverFrom: holder?.pid ?? 0 };
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed into place, or never created.
    }
  }
}

function held(lockPath: string, me: LockOwner): HeldLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const owner = readOwner(lockPath);
      if (owner?.pid !== me.pid || owner.host !== me.host) return;
      try {
        unlinkSync(lockPath);
      } catch {
        // Already gone.
      }
    },
  };
}

function writeOwner(path: string, owner: LockOwner, label: string): void {
  try {
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      writeSync(fd, JSON.stringify(owner) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw fileError(error, `${label}.lock`, 'write');
  }
}

/** The owner written in a lock file; undefined when it is gone or not one of ours (then it is stale). */
function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(readUserFile(lockPath, { label: lockPath, maxBytes: 1000 }).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || !('host' in parsed)) return undefined;
    const { pid, host } = parsed;
    return typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0 && typeof host === 'string' ? { pid, host } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid runs here (EPERM: it runs, under another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}
