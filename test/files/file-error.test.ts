import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileError } from '../../src/files/file-error.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { UserError } from '../../src/problems/errors.js';

/** A Node file-system error as the fs module throws it. */
function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

describe('a failed file operation', () => {
  it.each([
    ['EACCES', 'write', 'kan uit.pdf niet schrijven: geen toestemming (bestandsrechten) (EACCES)', 'cannot write uit.pdf: permission denied (file permissions) (EACCES)'],
    ['ENOSPC', 'write', 'kan uit.pdf niet schrijven: de schijf is vol (ENOSPC)', 'cannot write uit.pdf: the disk is full (ENOSPC)'],
    ['EROFS', 'write', 'kan uit.pdf niet schrijven: het bestandssysteem is alleen-lezen (EROFS)', 'cannot write uit.pdf: the file system is read-only (EROFS)'],
    ['EIO', 'read', 'kan uit.pdf niet lezen: een lees- of schrijffout van het apparaat (EIO)', 'cannot read uit.pdf: an input/output error of the device (EIO)'],
    ['EXDEV', 'write', 'kan uit.pdf niet schrijven: EXDEV', 'cannot write uit.pdf: EXDEV'],
  ] as const)('%s on %s is said in words, the errno in brackets', (code, operation, nl, en) => {
    const error = fileError(errnoError(code), 'uit.pdf', operation);
    expect(error.exitCode).toBe(2);
    expect(formatProblemLine(error.problems[0]!, 'nl')).toContain(nl);
    expect(formatProblemLine(error.problems[0]!, 'en')).toContain(en);
  });

  it('a write below a plain file says a file stands where a folder is needed, not a bare EEXIST', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-file-error-'));
    writeFileSync(join(dir, 'gewoon-bestand'), 'x');
    let failure: unknown;
    try {
      writeFileAtomically(join(dir, 'gewoon-bestand', 'rapport.pdf'), 'inhoud', { label: 'gewoon-bestand/rapport.pdf', access: 'private' });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(UserError);
    const error = failure as UserError;
    expect(error.exitCode).toBe(2);
    expect(formatProblemLine(error.problems[0]!, 'nl')).toContain('kan gewoon-bestand/rapport.pdf niet schrijven: er staat een bestand waar een map nodig is (EEXIST)');
  });
});
