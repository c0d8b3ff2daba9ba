import type { CliIo } from '../cli-io.js';
import { resolveUserPath } from './assessment-input.js';
import { parseDateOption } from '../date-option.js';
import type { Catalogue, Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError } from '../../src/problems/errors.js';
import { readUserFile } from '../../src/files/read-user-file.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { crlDer } from '../../src/signing/pem.js';
import { MAX_REVOCATION_FILE_BYTES, MAX_VERIFIED_PDF_BYTES, verifyCertificate } from '../../src/certificate/verify-certificate.js';
import { renderVerification } from '../../src/certificate/verification-text.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';

export interface VerifyCommandOptions {
  file: string;
  trust?: string;
  at?: string;
  json: boolean;
  spec?: string;
  revocations?: string[];
  crl?: string[];
  requireRevocationCheck?: boolean;
  lang: Language;
}

export const VERIFICATION_FORMAT = 'pkvw-light/verification@2';


/** `pkvw-light verify FILE.pdf --trust DIR [--at DATE]`: exit 0 only when valid with every check passed, 1 otherwise, 2 usage. */
export async function runVerify(options: VerifyCommandOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  const date = options.at === undefined ? io.now() : parseDateOption(options.at);
  if (date === undefined) throw userError('verify-bad-date', { value: options.at ?? '' }, {}, EXIT.usage);
  const bytes = readUserFile(at(options.file), { label: options.file, maxBytes: MAX_VERIFIED_PDF_BYTES, tooLargeCode: 'verify-file-too-large' });
  const trusted = options.trust === undefined ? [] : readTrustedCertificates(at(options.trust), options.trust);
  const catalogues: Catalogue[] = [loadCatalogue(bundledSpecDir)];
  if (options.spec !== undefined) catalogues.unshift(loadCatalogue(at(options.spec)));
  const revocationLists = (options.revocations ?? []).map((path) => readUserFile(at(path), { label: path, maxBytes: MAX_REVOCATION_FILE_BYTES }));
  const crls = (options.crl ?? []).map((path) => crlDer(readUserFile(at(path), { label: path, maxBytes: MAX_REVOCATION_FILE_BYTES })));

  const result = await verifyCertificate(bytes, {
    trusted,
    at: date,
    catalogues,
    revocationLists,
    crls,
    requireRevocationCheck: options.requireRevocationCheck === true,
  });
  io.stdout(
    options.json
      ? JSON.stringify({ format: VERIFICATION_FORMAT, file: options.file, at: date.toISOString(), valid: result.status === 'valid', ...result }, null, 2) + '\n'
      : renderVerification(result, options.file, options.lang, renderProblemMessage),
  );
  return result.status === 'valid' ? EXIT.ok : EXIT.invalid;
}
