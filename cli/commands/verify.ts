import type { CliIo } from '../cli-io.js';
import { resolveUserPath } from './assessment-input.js';
import { parseDateOption } from '../date-option.js';
import type { Catalogue, Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import { readUserFile } from '../../src/files/read-user-file.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { crlDer } from '../../src/signing/pem.js';
import { MAX_REVOCATION_FILE_BYTES, MAX_VERIFIED_PDF_BYTES, verifyCertificate } from '../../src/certificate/verify-certificate.js';
import { renderVerification } from '../../src/certificate/verification-text.js';
import { answerMeasureQuery, type MeasureAnswer } from '../../src/certificate/measure-coverage.js';
import { findCatalogue } from '../../src/certificate/catalogue-releases.js';
import { renderProblemMessage, type ProblemUserError } from '../../src/messages/render-problem.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface VerifyCommandOptions {
  file: string;
  trust?: string;
  at?: string;
  json: boolean;
  spec?: string;
  revocations?: string[];
  crl?: string[];
  requireRevocationCheck?: boolean;
  /** `--measure X` (repeatable): does the certificate cover measure X (an id or words of its title)? */
  measure?: string[];
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
  // The measures are looked up in the catalogue the certificate names, as the verification page does.
  const named = result.certificate?.catalogue;
  const catalogue = named === undefined ? undefined : findCatalogue(named.id, named.version, catalogues);
  const answers = (options.measure ?? []).map((query) => answerMeasureQuery(result, catalogue, query));
  // With --measure, exit 0 means: valid, and it covers every measure asked about.
  const covered = answers.every((answer) => answer.kind === 'found' && answer.coverage.every((c) => c.covered));
  io.stdout(
    options.json
      ? JSON.stringify({ format: VERIFICATION_FORMAT, file: options.file, at: date.toISOString(), valid: result.status === 'valid', ...result, ...(answers.length > 0 ? { measures: answers.map(measureJson) } : {}) }, null, 2) + '\n'
      : renderVerification(result, options.file, options.lang, renderProblemMessage, answers),
  );
  return result.status === 'valid' && covered ? EXIT.ok : EXIT.invalid;
}

function measureJson(answer: MeasureAnswer) {
  return answer.kind === 'found'
    ? { query: answer.query, found: true, covered: answer.coverage.every((c) => c.covered), coverage: answer.coverage.map(({ measure, covered, notCovered }) => ({ measure: measure.id, covered, ...(notCovered ? { notCovered } : {}) })) }
    : { query: answer.query, found: false, covered: false, reason: ({ 'no-catalogue': 'catalogue-unavailable', 'not-valid': 'certificate-not-valid', 'not-found': 'no-such-measure' } as const)[answer.kind] };
}
