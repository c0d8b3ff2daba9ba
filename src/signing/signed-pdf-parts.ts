/**
 * Reads, without changing anything, the parts of a signed PDF a verifier needs: the signature
 * dictionary (byte range, /Contents, /SubFilter, /M) and the embedded files. pdf-lib is used for its
 * low-level objects only; a signed PDF is never saved again.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFStream, PDFString } from 'pdf-lib';

export interface SignatureDictionary {
  byteRange: number[];
  subFilter?: string;
  /** The signing time from `/M`; PAdES baseline B keeps it here, not in the CMS. */
  signingTime?: Date;
}

export interface SignedPdfParts {
  signatures: SignatureDictionary[];
  embeddedFiles: { name: string; bytes: Uint8Array }[];
}

/** Throws when the file is no PDF pdf-lib can read; the caller turns that into a failed check. */
export async function readSignedPdfParts(bytes: Uint8Array): Promise<SignedPdfParts> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false, throwOnInvalidObject: true });
  return { signatures: signatureDictionaries(pdf), embeddedFiles: embeddedFiles(pdf) };
}

function signatureDictionaries(pdf: PDFDocument): SignatureDictionary[] {
  const fields = pdf.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict)?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const found: SignatureDictionary[] = [];
  for (let i = 0; fields !== undefined && i < fields.size(); i++) {
    const field = fields.lookup(i, PDFDict);
    if (field.lookupMaybe(PDFName.of('FT'), PDFName) !== PDFName.of('Sig')) continue;
    const value = field.lookupMaybe(PDFName.of('V'), PDFDict);
    if (value === undefined) continue;
    const range = value.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    const byteRange: number[] = [];
    for (let j = 0; range !== undefined && j < range.size(); j++) byteRange.push(range.lookup(j, PDFNumber).asNumber());
    const subFilter = value.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText();
    const m = value.lookupMaybe(PDFName.of('M'), PDFString, PDFHexString);
    found.push({ byteRange, ...(subFilter === undefined ? {} : { subFilter }), ...(m === undefined ? {} : { signingTime: m.decodeDate() }) });
  }
  return found;
}

/** The embedded-files name tree, flat or with kids, decoded (pdfkit compresses the streams). */
function embeddedFiles(pdf: PDFDocument): SignedPdfParts['embeddedFiles'] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const files: SignedPdfParts['embeddedFiles'] = [];
  const visit = (node: PDFDict) => {
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names !== undefined && i + 1 < names.size(); i += 2) {
      const name = names.lookup(i, PDFString, PDFHexString).decodeText();
      const stream = names.lookup(i + 1, PDFDict).lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'), PDFStream);
      if (!(stream instanceof PDFRawStream)) throw new Error('embedded file is not a raw stream');
      files.push({ name, bytes: decodePDFRawStream(stream).decode() });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids !== undefined && i < kids.size(); i++) visit(kids.lookup(i, PDFDict));
  };
  if (root !== undefined) visit(root);
  return files;
}
