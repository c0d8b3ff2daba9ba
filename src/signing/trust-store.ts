import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { userError as anyUserError } from '../problems/errors.js';
import type { UserErrorOf } from '../i18n/message-map.js';
import type { signingMessages } from './signing-messages.js';
import { errnoOf, fileError } from '../files/file-error.js';
import { readUserFile } from '../files/read-user-file.js';
import { certificatesFromPem } from './pem.js';

/** `userError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const userError: UserErrorOf<typeof signingMessages> = anyUserError;

/** A PEM file of CA certificates: a whole bundle of them is a few hundred KB. */
export const MAX_TRUST_FILE_BYTES = 4 * 1024 * 1024;

/**
 * The CAs a verifier trusts: every PEM certificate in the files of a folder (`*.pem`, `*.crt`),
 * as DER. A file without a readable certificate is an error, not silently skipped; each file is read
 * as any file a user names (`readUserFile`), so a FIFO or `/dev/zero` among them is refused.
 */
export function readTrustedCertificates(dir: string, label: string = dir): Uint8Array[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.(pem|crt)$/i.test(n)).sort();
  } catch (error) {
    if (errnoOf(error) === 'ENOTDIR') throw userError('verify-trust-not-a-folder', { path: label }, { file: label }, 2);
    throw fileError(error, label);
  }
  if (names.length === 0) throw userError('verify-trust-empty', { path: label }, { file: label }, 2);
  return names.flatMap((name) => {
    const certificates = certificatesFromPem(readUserFile(join(dir, name), { label: join(label, name), maxBytes: MAX_TRUST_FILE_BYTES }));
    if (certificates === undefined) throw userError('verify-trust-unreadable', { path: join(label, name) }, { file: join(label, name) }, 2);
    return certificates;
  });
}
