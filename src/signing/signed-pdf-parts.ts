/**
 * Reads a signed PDF in two steps, so nothing is parsed or inflated before the signature holds.
 * `findSignature` scans the raw bytes for the one `/ByteRange` and the `/Contents` hex string it
 * leaves out; nothing is decompressed. `readSignedPdfParts` is called only once that signature has
 * been verified: pdf-lib reads the signature dictionary (/SubFilter, /M) and the embedded files,
 * each inflated to at most `MAX_EMBEDDED_BYTES`. A signed PDF is never saved again. Bytes in,
 * no Buffer and no node:zlib (fflate inflates), so the verification page runs this same code.
 */
import { Unzlib } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFStream, PDFString } from 'pdf-lib';
import type { SigningReason } from './verification-result.js';
import { bytesEqual, concatBytes, hexToBytes, latin1 } from './bytes.js';

/** certificate.json is a few KB and verdict.json some hundreds: more is not ours (a deflate bomb is refused here). */
export const MAX_EMBEDDED_BYTES = 4 * 1024 * 1024;
const MAX_EMBEDDED_FILES = 8;

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

/** The signed bytes and the CMS, once the byte range has been found sound. */
export interface FoundSignature {
  byteRange: [number, number, number, number];
  signedBytes: Uint8Array<ArrayBuffer>;
  cms: Uint8Array<ArrayBuffer>;
}

const PDF_HEADER = new TextEncoder().encode('%PDF-');

/** No `/ByteRange` at all: a PDF (or anything else) that carries no signature of ours. */
export const NO_SIGNATURE = 'verify-no-signature';

/**
 * Exactly one signature, whose byte range starts at 0, ends at the end of the file, and leaves out
 * exactly `<hex>` right after `/Contents`: nothing unsigned can hide anywhere else.
 */
export function findSignature(file: Uint8Array): FoundSignature | SigningReason {
  if (!bytesEqual(file.subarray(0, 5), PDF_HEADER)) return { code: 'verify-not-a-pdf', params: {} };
  const text = latin1(file);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]/g)];
  const mentions = text.split('/ByteRange').length - 1;
  if (mentions === 0) return { code: NO_SIGNATURE, params: {} };
  if (mentions > 1) return { code: 'verify-signature-count', params: { count: mentions } };
  // One /ByteRange that is not four numbers, such as an unsigned placeholder's `[0 /********** …]`.
  if (ranges.length !== 1) return { code: 'verify-byte-range-malformed', params: {} };
  const [start, gapStart, gapEnd, tailLength] = (ranges[0] ?? []).slice(1).map(Number) as [number, number, number, number];
  if (start !== 0 || gapStart >= gapEnd) return { code: 'verify-byte-range-malformed', params: {} };
  if (gapEnd + tailLength !== file.length) {
    return { code: 'verify-byte-range-not-whole-file', params: { covered: gapEnd + tailLength, size: file.length } };
  }
  const gap = text.slice(gapStart, gapEnd);
  const before = text.slice(Math.max(0, gapStart - 10), gapStart);
  if (!/^<[0-9a-fA-F]*>$/.test(gap) || gap.length % 2 !== 0 || !/\/Contents\s*$/.test(before)) {
    return { code: 'verify-byte-range-gap', params: {} };
  }
  return {
    byteRange: [start, gapStart, gapEnd, tailLength],
    signedBytes: concatBytes(file.subarray(0, gapStart), file.subarray(gapEnd)),
    cms: hexToBytes(gap.slice(1, -1)),
  };
}

/** Throws when the file is no PDF pdf-lib can read, or an embedded file is too large or oddly encoded; the caller turns that into a failed check. */
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

export class EmbeddedFileError extends Error {
  constructor(readonly reason: SigningReason) {
    super(reason.code);
  }
}

/** The embedded-files name tree, flat or with kids, each stream inflated within the cap. */
function embeddedFiles(pdf: PDFDocument): SignedPdfParts['embeddedFiles'] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const files: SignedPdfParts['embeddedFiles'] = [];
  const visit = (node: PDFDict, depth: number) => {
    if (depth > 4) throw new EmbeddedFileError({ code: 'verify-embedded-too-many', params: { limit: MAX_EMBEDDED_FILES } });
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names !== undefined && i + 1 < names.size(); i += 2) {
      if (files.length >= MAX_EMBEDDED_FILES) throw new EmbeddedFileError({ code: 'verify-embedded-too-many', params: { limit: MAX_EMBEDDED_FILES } });
      const name = names.lookup(i, PDFString, PDFHexString).decodeText();
      const stream = names.lookup(i + 1, PDFDict).lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'), PDFStream);
      if (!(stream instanceof PDFRawStream)) throw new Error('embedded file is not a raw stream');
      files.push({ name, bytes: decodeBounded(stream) });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids !== undefined && i < kids.size(); i++) visit(kids.lookup(i, PDFDict), depth + 1);
  };
  if (root !== undefined) visit(root, 0);
  return files;
}

/** Only what pdfkit writes (FlateDecode or no filter), inflated to at most MAX_EMBEDDED_BYTES. */
function decodeBounded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const tooLarge: SigningReason = { code: 'verify-embedded-too-large', params: { limit: MAX_EMBEDDED_BYTES } };
  if (filter === undefined) {
    if (stream.contents.length > MAX_EMBEDDED_BYTES) throw new EmbeddedFileError(tooLarge);
    return stream.contents;
  }
  if (filter !== PDFName.of('FlateDecode')) throw new EmbeddedFileError({ code: 'verify-embedded-filter', params: {} });
  return inflateBounded(stream.contents, tooLarge);
}

/** How much compressed input goes in at a time: deflate expands at most ~1032×, so one step yields at most ~1 MiB. */
const INFLATE_STEP = 1024;

/** A zlib stream inflated in steps, stopped as soon as the output passes the cap: a deflate bomb never fills memory. */
function inflateBounded(data: Uint8Array, tooLarge: SigningReason): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > MAX_EMBEDDED_BYTES) throw new EmbeddedFileError(tooLarge);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at === 0 || at < data.length; at += INFLATE_STEP) inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  } catch (error) {
    if (error instanceof EmbeddedFileError) throw error;
    throw new EmbeddedFileError({ code: 'verify-embedded-unparseable', params: { name: 'stream' } });
  }
  const out = concatBytes(...chunks);
  // fflate does not check the zlib trailer; node:zlib did, and a stream that fails it is not what pdfkit wrote.
  const trailer = data.subarray(-4);
  if (trailer.length !== 4 || adler32(out) !== (((trailer[0] ?? 0) << 24) | ((trailer[1] ?? 0) << 16) | ((trailer[2] ?? 0) << 8) | (trailer[3] ?? 0)) >>> 0) {
    throw new EmbeddedFileError({ code: 'verify-embedded-unparseable', params: { name: 'stream' } });
  }
  return out;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
