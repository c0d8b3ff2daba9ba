/**
 * The one way to write a file we produce (state, verdict, report, certificate, exported answers):
 * a new temporary file beside it, created with its final mode from the first byte, written,
 * fsynced, then renamed over the old one. Readers see the old file or the new one, never a half;
 * an existing file is never truncated in place, so a kill cannot leave answers world-readable.
 */
import { closeSync, constants, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fileError } from './file-error.js';
import { ioError as anyIoError } from '../problems/errors.js';
import type { IoErrorOf } from '../i18n/message-map.js';
import type { generalMessages } from '../i18n/general-messages.js';

/** `ioError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const ioError: IoErrorOf<typeof generalMessages> = anyIoError;

export interface WriteFileOptions {
  /** The path as the user wrote it, for messages. */
  label: string;
  /** `private` (0600) for anything holding answers or how a home is secured; `shared` (0644) for a certificate. */
  access: 'private' | 'shared';
}

const MODES = { private: 0o600, shared: 0o644 } as const;

/**
 * Writes `content` to `path` atomically and synchronously (after a signal there may be no time for
 * async work). Missing folders are created 0700. Throws `UserError` (exit 2) when it cannot.
 * @example
 * writeFileAtomically('uitkomst/oordeel.json', json, { label: 'uitkomst/oordeel.json', access: 'private' });
 */
export function writeFileAtomically(path: string, content: string | Uint8Array, options: WriteFileOptions): void {
  // `--out uitkomst/` names a folder: a file called `uitkomst` would be a surprise, EISDIR a riddle.
  if (/[\\/]$/.test(options.label) || /[\\/]$/.test(path) || isFolder(path)) throw ioError('file-target-is-folder', { path: options.label }, options.label);
  const mode = MODES[options.access];
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // O_EXCL: never write through a file or symlink someone placed at the temporary name.
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    created = true;
    try {
      // The umask may have lowered the mode given to open; the intended mode is stated explicitly.
      fchmodSync(fd, mode);
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let offset = 0; offset < bytes.byteLength; ) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    created = false;
    syncFolder(dirname(path));
  } catch (error) {
    if (created) removeQuietly(temp);
    throw fileError(error, options.label, 'write');
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Removes temporary files a killed earlier write left beside `path`; `path` itself is never touched. */
export function removeStrayTempFiles(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix) && name.endsWith('.tmp')) removeQuietly(join(dirname(path), name));
}

/** The rename itself is durable only once the folder is synced; best effort where folders cannot be opened. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported here (Windows); the file itself is synced.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: another run renamed or removed it.
  }
}
