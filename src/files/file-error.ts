import { ioError as anyIoError, type UserError } from '../problems/errors.js';
import type { IoErrorOf } from '../i18n/message-map.js';
import type { generalMessages } from '../i18n/general-messages.js';

/** `ioError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const ioError: IoErrorOf<typeof generalMessages> = anyIoError;

/**
 * The one translation of a failed file operation (an errno) into a problem for the user: exit 2,
 * naming the file as the user wrote it, never its contents.
 */
export function fileError(error: unknown, label: string, operation: 'read' | 'write' = 'read'): UserError {
  const code = errnoOf(error);
  if (operation === 'read' && (code === 'ENOENT' || code === 'ENOTDIR')) return ioError('file-not-found', { path: label }, label);
  if (operation === 'read' && code === 'EISDIR') return ioError('file-not-regular', { path: label, kind: 'directory' }, label);
  if (code === 'ELOOP') return ioError('file-symlink-loop', { path: label }, label);
  return ioError(operation === 'read' ? 'file-unreadable' : 'file-unwritable', { path: label, reason: code ?? 'unknown' }, label);
}

/** The errno code (`ENOENT`, `EACCES`…) of a Node file-system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
