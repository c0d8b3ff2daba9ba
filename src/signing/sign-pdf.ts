import { SignPdf } from '@signpdf/signpdf';
import { CadesSigner } from './cades-signer.js';
import type { SigningIdentity } from './signing-identity.js';

/**
 * Signs a PDF that carries a placeholder (see `addSignaturePlaceholder`): fills in the byte range
 * and the CAdES CMS over everything but the `/Contents` hex string, with an RFC 3161 timestamp
 * from `tsa` when given. Nothing may rewrite the result.
 */
export async function signPdf(pdfWithPlaceholder: Buffer, identity: SigningIdentity, options: { tsa?: string } = {}): Promise<Buffer> {
  return new SignPdf().sign(pdfWithPlaceholder, new CadesSigner(identity, options));
}
