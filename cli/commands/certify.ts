import type { CliIo } from '../cli-io.js';
import { evaluateAnswersFile, resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError } from '../../src/problems/errors.js';
import { certificateData } from '../../src/report/certificate-data.js';
import { renderCertificatePdf } from '../../src/report/certificate-pdf.js';
import { writePdfFile } from '../../src/report/write-pdf-file.js';
import { readPassphrase, readSigningIdentity } from '../../src/signing/signing-identity.js';
import { signPdf } from '../../src/signing/sign-pdf.js';

const CERTIFICATE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export interface CertifyOptions {
  answers: string;
  issuer: string;
  out: string;
  passphraseFile?: string;
  number?: string;
  spec?: string;
  lang: Language;
}

/** `pkvw-light certify ANSWERS --issuer firm.p12 --out certificate.pdf`: a signed light certificate, or exit 1 saying why not. */
export async function runCertify(options: CertifyOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  // The number is printed on the certificate and quoted by verify: no empty one, no control characters.
  if (options.number !== undefined && !CERTIFICATE_NUMBER.test(options.number)) {
    throw userError('bad-option', { option: '--number', value: options.number, expected: '1-64 letters, digits, . _ / -, starting with a letter or digit' }, {}, EXIT.usage);
  }
  const { catalogue, answers, verdict } = evaluateAnswersFile(options, io);
  // Refuses before the key is even opened when there is nothing to certify.
  const data = certificateData(verdict, answers, catalogue, options.number === undefined ? {} : { number: options.number });
  const identity = await readSigningIdentity(at(options.issuer), readPassphrase(options.passphraseFile && at(options.passphraseFile), io.env), options.issuer);
  const pdf = await signPdf(await renderCertificatePdf(data, catalogue, { lang: options.lang, signerName: identity.signerName }), identity);
  writePdfFile(at(options.out), pdf, 'shared', options.out);
  io.stdout(
    options.lang === 'nl'
      ? `${options.out}: certificaat ${data.number}, geldig tot en met ${data.validUntil}, ondertekend door ${identity.signerName}\n`
      : `${options.out}: certificate ${data.number}, valid until ${data.validUntil}, signed by ${identity.signerName}\n`,
  );
  return EXIT.ok;
}
