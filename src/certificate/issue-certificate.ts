/**
 * Issuing a light certificate: the statement (what is true, or a refusal), the PDF with its data
 * embedded, and the PAdES signature over both. Deterministic for a fixed clock and key.
 */
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Verdict } from '../verdict/verdict-types.js';
import type { CertificateData } from './certificate-data.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import type { SigningIdentity } from '../signing/signing-identity.js';
import { signerIdentity, type SignerIdentity } from '../signing/signer-identity.js';
import { signPdf } from '../signing/sign-pdf.js';
import { certificateStatement } from './certificate-statement.js';

export interface IssueOptions {
  lang: Language;
  number?: string;
  /** RFC 3161 TSA to timestamp the signature (PAdES baseline-T). */
  tsa?: string;
}

/** The organisation and TEST mark of the key that will sign. */
export function identitySigner(identity: SigningIdentity): SignerIdentity {
  const [leaf] = identity.certificates;
  if (leaf === undefined) throw new Error('signing identity without certificate');
  return signerIdentity(leaf);
}

export async function issueCertificate(
  verdict: Verdict,
  answers: Answers,
  catalogue: Catalogue,
  identity: SigningIdentity,
  options: IssueOptions,
): Promise<{ data: CertificateData; pdf: Buffer }> {
  const data = certificateStatement(verdict, answers, catalogue, identitySigner(identity), options.number === undefined ? {} : { number: options.number });
  const unsigned = await renderCertificatePdf(data, catalogue, { lang: options.lang, signerName: identity.signerName });
  return { data, pdf: await signPdf(unsigned, identity, options.tsa === undefined ? {} : { tsa: options.tsa }) };
}
