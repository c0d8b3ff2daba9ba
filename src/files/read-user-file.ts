/**
 * The one way to read a file a user named (answers, state, catalogue, passphrase, PDF): only a
 * regular file is read, whatever a symlink points at; a FIFO, device, socket or folder is refused
 * before a byte is read, and the size cap is enforced while reading, so `/dev/zero` or a growing
 * file cannot take unbounded memory or time.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError, userError, ioError as anyIoError } from '../problems/errors.js';
import { fileError } from './file-error.js';
import type { CodeReading } from '../problems/problem.js';
import type { IoErrorOf, ParamsTable } from '../i18n/message-map.js';
import type { generalMessages } from '../i18n/general-messages.js';

/** `ioError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const ioError: IoErrorOf<typeof generalMessages> = anyIoError;

/** What readUserFile gives the code of a file too large: its message may read these and no others (`CodeReading<Table, TooLargeParams>`). */
export type TooLargeParams = { path: string; size: number; limit: number };

/** The general code for it, unless the options name the kind of file's own. */
const FILE_TOO_LARGE: CodeReading<ParamsTable<typeof generalMessages>, TooLargeParams> = 'file-too-large';

export interface ReadUserFileOptions {
  /** The path as the user wrote it, for messages. */
  label: string;
  /** The most bytes this kind of file may hold; a larger file is refused (exit 1) without reading past it. */
  maxBytes: number;
  /** The problem code for a file over `maxBytes`, when a kind of file has its own message; it is given `TooLargeParams`. */
  tooLargeCode?: string;
}

/**
 * Reads a regular file of at most `maxBytes`. Throws `UserError`: exit 2 when it is missing,
 * unreadable or not a regular file, exit 1 when it is larger than allowed.
 * @example
 * const bytes = readUserFile('antwoorden.yaml', { label: 'antwoorden.yaml', maxBytes: MAX_YAML_BYTES });
 */
export function readUserFile(path: string, options: ReadUserFileOptions): Buffer {
  const { label, maxBytes } = options;
  const tooLarge = (size: number) => userError(options.tooLargeCode ?? FILE_TOO_LARGE, { path: label, size, limit: maxBytes } satisfies TooLargeParams, { file: label });
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer must not wait; it is refused below.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fileError(error, label);
  }
  try {
    // fstat on the open descriptor: the very file we read, after every symlink was followed.
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw ioError('file-not-regular', { path: label, kind: kindOf(stat) }, label);
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    return readAtMost(fd, maxBytes, tooLarge);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileError(error, label);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, but never more than `maxBytes`: a file that grows while read is refused too. */
function readAtMost(fd: number, maxBytes: number, tooLarge: (size: number) => UserError): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    total += read;
    if (total > maxBytes) throw tooLarge(total);
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks, total);
}

/** What a path is when it is not a regular file, as the `file-not-regular` messages name it. */
export function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}
