import { SignPdf } from '@signpdf/signpdf';
import { CadesSigner } from './cades-signer.js';
import type { SigningIdentity } from './signing-identity.js';

/**
 * Signs a PDF that carries a placeholder (see `addSignaturePlaceholder`): fills in the byte range
 * and the CAdES CMS over everything but the `/Contents` hex string. Nothing may rewrite the result.
 */
export async function signPdf(pdfWithPlaceholder: Buffer, identity: SigningIdentity): Promise<Buffer> {
  return new SignPdf().sign(pdfWithPlaceholder, new CadesSigner(identity));
}
