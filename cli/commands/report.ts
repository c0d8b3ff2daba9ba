import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import { evaluateAnswersFile, resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import type { ProblemUserError } from '../../src/messages/render-problem.js';
import { verdictWords } from '../../src/verdict/verdict-words.js';
import { renderReportPdf } from '../../src/report/report-pdf.js';
import { writePdfFile } from '../../src/report/write-pdf-file.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface ReportOptions {
  answers: string;
  out: string;
  sign: boolean;
  issuer?: string;
  passphraseFile?: string;
  /** The file written and the outcome as JSON instead of a line of text. */
  json?: boolean;
  spec?: string;
  lang: Language;
}

/** `pkvw-light report ANSWERS --out report.pdf [--sign --issuer firm.p12]`: exit 0 whenever a report was written. */
export async function runReport(options: ReportOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  if (options.sign && options.issuer === undefined) throw userError('report-sign-needs-issuer', {}, {}, EXIT.usage);
  // An unsigned report from someone who meant to sign would be a silent surprise.
  if (!options.sign && options.issuer !== undefined) throw userError('report-issuer-without-sign', {}, {}, EXIT.usage);
  const { catalogue, verdict } = evaluateAnswersFile(options, io);

  let pdf: Buffer;
  if (options.sign && options.issuer !== undefined) {
    const { readPassphrase, readSigningIdentity } = await import('../../src/signing/signing-identity.js');
    const { signPdf } = await import('../../src/signing/sign-pdf.js');
    const { addSignaturePlaceholder } = await import('../../src/signing/signature-placeholder.js');
    const identity = await readSigningIdentity(at(options.issuer), readPassphrase(options.passphraseFile && at(options.passphraseFile), io.env, options.passphraseFile), options.issuer);
    pdf = await signPdf(await renderReportPdf(verdict, catalogue, { lang: options.lang, signature: { signerName: identity.signerName, addPlaceholder: addSignaturePlaceholder } }), identity);
  } else {
    pdf = await renderReportPdf(verdict, catalogue, { lang: options.lang });
  }
  writePdfFile(at(options.out), pdf, 'private', options.out);
  if (options.json) {
    io.stdout(JSON.stringify({ format: 'pkvw-light/report@1', file: options.out, outcome: verdict.outcome, signed: options.sign }, null, 2) + '\n');
    return EXIT.ok;
  }
  io.stdout(commandWords[options.lang].reportWritten(options.out, verdictWords[options.lang].outcome[verdict.outcome], options.sign === true));
  return EXIT.ok;
}
