import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import { resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import type { ProblemUserError } from '../../src/messages/render-problem.js';
import { readPassphrase, readSigningIdentity } from '../../src/signing/signing-identity.js';
import { identitySigner } from '../../src/certificate/issue-certificate.js';
import { appendToRegister, readRegister, REGISTER_FORMAT } from '../../src/certificate/issued-register.js';
import { REVOCATIONS_FORMAT, signRevocationList } from '../../src/certificate/revocation-list.js';
import { ISSUER_FILES } from '../../src/certificate/issuer-files.js';
import { writePdfFile } from '../../src/report/write-pdf-file.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface IssuerRevokeOptions {
  number: string;
  reason: string;
  issuer: string;
  passphraseFile?: string;
  register?: string;
  out?: string;
  json?: boolean;
  lang: Language;
}

export const REVOKE_FORMAT = 'pkvw-light/revoke@1';

/**
 * `pkvw-light issuer revoke NUMBER --reason … --issuer firm.p12`: records the withdrawal in the
 * firm's register (appended) and writes the firm's signed revocation list anew from it.
 */
export async function runIssuerRevoke(options: IssuerRevokeOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  const reason = options.reason.trim();
  if (reason === '') throw userError('issuer-reason-missing', {}, {}, EXIT.usage);
  const register = options.register ?? join(dirname(options.issuer), ISSUER_FILES.register);
  const out = options.out ?? join(dirname(options.issuer), ISSUER_FILES.revocations);
  const lines = readRegister(at(register), register);
  // No register at all is most likely the wrong folder or --register: say so, rather than that this one number is missing.
  if (lines.length === 0 && !existsSync(at(register))) throw userError('issuer-register-missing', { register }, {});
  if (!lines.some((l) => l.event === 'issued' && l.number === options.number)) throw userError('issuer-not-issued', { number: options.number, register }, {});
  if (lines.some((l) => l.event === 'revoked' && l.number === options.number)) throw userError('issuer-already-revoked', { number: options.number }, {});
  const identity = await readSigningIdentity(at(options.issuer), readPassphrase(options.passphraseFile && at(options.passphraseFile), io.env, options.passphraseFile), options.issuer);

  const now = io.now();
  const revokedOn = now.toISOString().slice(0, 10);
  appendToRegister(at(register), { format: REGISTER_FORMAT, event: 'revoked', number: options.number, at: now.toISOString(), revokedOn, reason }, register);
  const revocations = [...lines, { event: 'revoked' as const, number: options.number, revokedOn, reason }].flatMap((l) =>
    l.event === 'revoked' ? [{ number: l.number, revokedOn: l.revokedOn, reason: l.reason }] : [],
  );
  const list = await signRevocationList(
    { format: REVOCATIONS_FORMAT, firm: identitySigner(identity).organization, updatedAt: now.toISOString(), revocations },
    identity,
  );
  writePdfFile(at(out), list, 'shared', out);
  if (options.json === true) {
    io.stdout(JSON.stringify({ format: REVOKE_FORMAT, number: options.number, revokedOn, reason, revocations: out, register, count: revocations.length }, null, 2) + '\n');
  } else {
    io.stdout(commandWords[options.lang].revoked({ number: options.number, revokedOn, count: revocations.length, out, register }));
  }
  return EXIT.ok;
}
