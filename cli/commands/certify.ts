import { dirname, join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import { evaluateAnswersFile, resolveUserPath } from './assessment-input.js';
import { parseDateOption } from '../date-option.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import type { ProblemUserError } from '../../src/messages/render-problem.js';
import { writePdfFile } from '../../src/report/write-pdf-file.js';
import { readPassphrase, readSigningIdentity } from '../../src/signing/signing-identity.js';
import { issueCertificate } from '../../src/certificate/issue-certificate.js';
import { certifiableParts } from '../../src/certificate/certificate-statement.js';
import { appendToRegister, checkRegisterWritable, REGISTER_FORMAT } from '../../src/certificate/issued-register.js';
import { ISSUER_FILES } from '../../src/certificate/issuer-files.js';
import { CERTIFICATE_NUMBER } from '../../src/certificate/certificate-data.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;


export interface CertifyOptions {
  answers: string;
  issuer: string;
  out: string;
  passphraseFile?: string;
  number?: string;
  spec?: string;
  issuedAt?: string;
  tsa?: string;
  register?: string;
  json?: boolean;
  lang: Language;
}

export const CERTIFY_FORMAT = 'pkvw-light/certify@1';

/** `pkvw-light certify ANSWERS --issuer firm.p12 --out certificate.pdf`: a signed light certificate, or exit 1 saying why not. */
export async function runCertify(options: CertifyOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  // The number is printed on the certificate and quoted by verify: one rule (CERTIFICATE_NUMBER), checked before anything is read.
  if (options.number !== undefined && !CERTIFICATE_NUMBER.test(options.number)) throw userError('certificate-number-invalid', {}, {}, EXIT.usage);
  const issuedAt = options.issuedAt === undefined ? io.now() : parseDateOption(options.issuedAt);
  if (issuedAt === undefined) throw userError('certificate-issued-at-invalid', { value: options.issuedAt ?? '' }, {}, EXIT.usage);
  const { catalogue, answers, verdict, locate } = evaluateAnswersFile(options, io, issuedAt);
  // Before the key is opened: whatever makes the file uncertifiable is said first (a claim without its proof where it stands in the file).
  certifiableParts(verdict, answers, catalogue, locate);
  const register = options.register ?? join(dirname(options.issuer), ISSUER_FILES.register);
  checkRegisterWritable(at(register), register);
  const identity = await readSigningIdentity(at(options.issuer), readPassphrase(options.passphraseFile && at(options.passphraseFile), io.env, options.passphraseFile), options.issuer);
  const { data, pdf } = await issueCertificate(verdict, answers, catalogue, identity, {
    lang: options.lang,
    ...(options.number === undefined ? {} : { number: options.number }),
    ...(options.tsa === undefined ? {} : { tsa: options.tsa }),
  });
  writePdfFile(at(options.out), pdf, 'shared', options.out);
  appendToRegister(
    at(register),
    {
      format: REGISTER_FORMAT,
      event: 'issued',
      number: data.number,
      at: data.issuedAt,
      dwelling: data.dwelling,
      inspectedOn: data.inspectedOn,
      issuedOn: data.issuedOn,
      validUntil: data.validUntil,
    },
    register,
  );
  if (options.json === true) {
    const out = { format: CERTIFY_FORMAT, number: data.number, inspectedOn: data.inspectedOn, issuedOn: data.issuedOn, validUntil: data.validUntil, path: options.out, register, signer: identity.signerName, timestamped: options.tsa !== undefined };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return EXIT.ok;
  }
  io.stdout(commandWords[options.lang].certified({ out: options.out, number: data.number, inspectedOn: data.inspectedOn, issuedOn: data.issuedOn, validUntil: data.validUntil, signer: identity.signerName, timestamped: options.tsa !== undefined, register }));
  return EXIT.ok;
}
