import { isAbsolute, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT } from '../../src/problems/errors.js';
import { formatProblemLine } from '../../src/i18n/render-problem.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/answers/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { certificateData } from '../../src/report/certificate-data.js';
import { renderCertificatePdf } from '../../src/report/certificate-pdf.js';
import { writePdfFile } from '../../src/report/write-pdf-file.js';
import { readPassphrase, readSigningIdentity } from '../../src/signing/signing-identity.js';
import { signPdf } from '../../src/signing/sign-pdf.js';

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
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  const catalogue = loadCatalogue(options.spec === undefined ? bundledSpecDir : at(options.spec));
  const answers = readAnswers(at(options.answers), catalogue, {
    label: options.answers,
    onWarnings: (warnings) => {
      for (const warning of warnings) io.stderr(formatProblemLine(warning, options.lang) + '\n');
    },
  });
  const verdict = evaluate(catalogue, answers, io.now());
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
