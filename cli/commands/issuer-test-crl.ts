import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import { resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT } from '../../src/problems/errors.js';
import { readUserFile } from '../../src/files/read-user-file.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { TEST_ISSUER_FILES } from '../../src/signing/test-issuer.js';
import { crlPem, issueTestCrl } from '../../src/signing/test-crl.js';
import { readPassphrase, readSigningIdentity } from '../../src/signing/signing-identity.js';

export interface IssuerTestCrlOptions {
  dir: string;
  revokeFirm?: boolean;
  out?: string;
  lang: Language;
}

/** `pkvw-light issuer test-crl DIR [--revoke-firm]`: the TEST CA's CRL, listing the TEST firm's certificate when asked. */
export async function runIssuerTestCrl(options: IssuerTestCrlOptions, io: CliIo): Promise<number> {
  const dir = resolveUserPath(io, options.dir);
  // PEM files of one certificate or key: a few KB.
  const read = (file: string) => readUserFile(join(dir, file), { label: join(options.dir, file), maxBytes: 1024 * 1024 }).toString('utf8');
  const caPem = read(TEST_ISSUER_FILES.ca);
  const caKey = read(TEST_ISSUER_FILES.caKey);
  const now = io.now();
  const entries = [];
  if (options.revokeFirm === true) {
    const identity = await readSigningIdentity(join(dir, TEST_ISSUER_FILES.p12), readPassphrase(join(dir, TEST_ISSUER_FILES.passphrase), io.env, join(options.dir, TEST_ISSUER_FILES.passphrase)), join(options.dir, TEST_ISSUER_FILES.p12));
    const [leaf] = identity.certificates;
    if (leaf !== undefined) entries.push({ serial: new X509Certificate(leaf).serialNumber, revokedAt: now });
  }
  const der = await issueTestCrl(caPem, caKey, entries, now, Math.floor(now.getTime() / 1000));
  const out = options.out ?? join(options.dir, 'test-ca.crl.pem');
  writeFileAtomically(resolveUserPath(io, out), crlPem(der), { label: out, access: 'shared' });
  io.stdout(commandWords[options.lang].testCrlWritten({ out, count: entries.length, trust: join(options.dir, 'trust') }));
  return EXIT.ok;
}
