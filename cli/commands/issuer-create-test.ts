import { isAbsolute, relative, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import type { ProblemUserError } from '../../src/messages/render-problem.js';
import { assertNoIssuer, createTestIssuer, writeTestIssuer } from '../../src/signing/test-issuer.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface IssuerCreateTestOptions {
  out: string;
  firm?: string;
  force?: boolean;
  validFrom?: string;
  json?: boolean;
  lang: Language;
}

/** Format tag of `issuer create-test --json`. */
export const ISSUER_FORMAT = 'pkvw-light/test-issuer@1';

/** `pkvw-light issuer create-test --out DIR [--firm NAME] [--force]`: a TEST CA and a TEST firm certificate for demos and tests; an existing issuer is kept unless --force. */
export async function runIssuerCreateTest(options: IssuerCreateTestOptions, io: CliIo): Promise<number> {
  const dir = isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out);
  assertNoIssuer(dir, options.out, options.force === true);
  const validFrom = options.validFrom === undefined ? undefined : new Date(options.validFrom);
  if (validFrom !== undefined && Number.isNaN(validFrom.getTime())) throw userError('issuer-valid-from-invalid', { value: options.validFrom ?? '' }, {}, EXIT.usage);
  const issuer = createTestIssuer({
    now: io.now(),
    ...(options.firm === undefined ? {} : { firm: options.firm }),
    // A year from the date given: the README's example dates stay inside it on any day.
    ...(validFrom === undefined ? {} : { firmValidFrom: validFrom, firmValidTo: new Date(validFrom.getTime() + 365 * 86_400_000) }),
  });
  const paths = writeTestIssuer(dir, issuer, options.out);
  const show = (path: string) => relative(io.cwd, path) || '.';
  if (options.json === true) {
    const out = { format: ISSUER_FORMAT, test: true, firm: issuer.firmName, dir: show(dir), trustedCa: show(paths.ca), firmKey: show(paths.p12), passphraseFile: show(paths.passphrase) };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return EXIT.ok;
  }
  const lines = commandWords[options.lang].testIssuerMade({ dir: show(dir), ca: show(paths.ca), p12: show(paths.p12), firm: issuer.firmName, passphrase: show(paths.passphrase), trust: show(resolve(paths.ca, '..')) });
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}
