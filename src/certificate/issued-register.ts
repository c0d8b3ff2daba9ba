/**
 * The firm's register of what it issued: one JSON line per event (issued, revoked), only ever
 * appended to (O_APPEND), so no earlier line can be lost by a later write. The status of a number
 * is what its lines say. Beside the register the firm's signed revocation list is rewritten from it.
 */
import { closeSync, constants, existsSync, fstatSync, fsyncSync, lstatSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { errnoOf, fileError } from '../files/file-error.js';
import { kindOf, readUserFile } from '../files/read-user-file.js';
import { ioError as anyIoError, UserError, userError as anyUserError } from '../problems/errors.js';
import type { IoErrorOf, UserErrorOf } from '../i18n/message-map.js';
import type { generalMessages } from '../i18n/general-messages.js';
import type { certificateMessages } from './certificate-messages.js';

/** `ioError` and `userError` typed by their message maps: tsc checks each code's parameters against what its message reads. */
const ioError: IoErrorOf<typeof generalMessages> = anyIoError;
const userError: UserErrorOf<typeof certificateMessages> = anyUserError;

export const REGISTER_FORMAT = 'pkvw-light/register-line@1';

export type RegisterLine =
  | {
      format: typeof REGISTER_FORMAT;
      event: 'issued';
      number: string;
      at: string;
      dwelling: { postcode: string; houseNumber: string };
      inspectedOn: string;
      issuedOn: string;
      validUntil: string;
    }
  | { format: typeof REGISTER_FORMAT; event: 'revoked'; number: string; at: string; revokedOn: string; reason: string };

/** One line is ~300 bytes: room for some 200,000 certificates and revocations. */
export const MAX_REGISTER_BYTES = 64 * 1024 * 1024;

export function readRegister(path: string, label: string = path): RegisterLine[] {
  // No register yet is an empty one; a symlink that loops or points nowhere is not.
  if (!existsSync(path) && !isSymlink(path)) return [];
  const text = readUserFile(path, { label, maxBytes: MAX_REGISTER_BYTES }).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        const value = JSON.parse(line) as RegisterLine;
        if (value.format !== REGISTER_FORMAT || (value.event !== 'issued' && value.event !== 'revoked') || typeof value.number !== 'string') throw new Error('shape');
        return value;
      } catch {
        throw userError('issuer-register-damaged', { path: label, line: index + 1 }, { file: label, line: index + 1, column: 1 });
      }
    });
}

/**
 * Before anything is signed: the register can take a line (a regular file, or none yet in an
 * existing folder). A certificate written but not registered could never be revoked.
 */
export function checkRegisterWritable(path: string, label: string = path): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw fileError(error, label, 'write');
    try {
      if (statSync(dirname(path)).isDirectory()) return;
    } catch (folderError) {
      throw fileError(folderError, label, 'write');
    }
    throw ioError('file-unwritable', { path: label, reason: 'ENOTDIR' }, label);
  }
  if (!stat.isFile()) throw ioError('file-not-regular-write', { path: label, kind: kindOf(stat) }, label);
}

/** Appends one line; the file is created 0600 (it names dwellings) and never truncated. */
export function appendToRegister(path: string, line: RegisterLine, label: string = path): void {
  try {
    // O_NONBLOCK: a FIFO without a reader must not hang the command; it is refused below.
    const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0), 0o600);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw ioError('file-not-regular-write', { path: label, kind: kindOf(stat) }, label);
      writeSync(fd, JSON.stringify(line) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileError(error, label, 'write');
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
