/**
 * The empty signature a PDF carries before signing: an AcroForm signature field whose value has a
 * `/ByteRange` placeholder and a zero-filled `/Contents`, written with pdfkit's own objects.
 * @signpdf then fills both in. Call it after the last page is added and before `doc.end()`.
 */
import '../report/pdfkit-augmentation.js';

/** Bytes reserved for the CMS; a test-CA chain of two RSA-2048 certificates needs about 3 KB. */
export const SIGNATURE_BYTES = 16384;

/** What @signpdf's `findByteRange` looks for. */
const BYTE_RANGE_PLACEHOLDER = '**********';

export interface PlaceholderOptions {
  /** The signing time: PAdES baseline B puts it here (`/M`), not in the CMS. */
  signingTime: Date;
  reason: string;
  /** The signer's name as shown by viewers. */
  name: string;
}

export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, options: PlaceholderOptions): void {
  const signature = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: new Uint8Array(SIGNATURE_BYTES),
    Reason: new String(options.reason),
    Name: new String(options.name),
    M: options.signingTime,
  });
  const page = doc.page.dictionary;
  const widget = doc.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    V: signature,
    T: new String('Signature1'),
    // Print + Locked: an invisible signature that cannot be moved.
    F: 132,
    P: page,
  });
  page.data.Annots = [...(page.data.Annots ?? []), widget];
  // pdfkit's own form: it ends the form when the document ends (fields without kids end themselves).
  doc.initForm();
  const form = doc._root.data.AcroForm;
  if (form === undefined) throw new Error('pdfkit created no AcroForm');
  form.data.Fields.push(widget);
  // SigFlags 3: signatures exist, and the file may only be appended to.
  form.data.SigFlags = 3;
  // Asking viewers to regenerate appearances would make them see a changed, signed document.
  delete form.data.NeedAppearances;
  signature.end();
  widget.end();
}
