/**
 * pdfkit 0.20 writes a document as thousands of short strings: every content-stream operator of a
 * page (`BT`, `Tf`, a line of glyphs…) into its stream object, and every line of every object (a
 * tagged report has an object per table cell) into the document. Each string was turned into bytes
 * by a JavaScript loop over its characters, and each of the document's was pushed through its
 * Readable stream on its own: a sixth of a report's render. Here consecutive strings are gathered
 * and turned into bytes at once by Node's latin1 encoding, which keeps the low byte of each UTF-16
 * unit exactly as pdfkit's loop does (`charCodeAt(i) & 0xff`): the same bytes, in the same order, at
 * the same offsets.
 */
import type { Pdf } from './pdf-layout.js';

/** The parts of pdfkit's PDFDocument and PDFReference that are batched here. */
interface DocumentInternals {
  _write(data: string | Uint8Array): void;
  _offset: number;
  push(chunk: Uint8Array | null): boolean;
  ref(data?: unknown): ReferenceInternals;
}

interface ReferenceInternals {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/**
 * Strings gathered into one, handed on as latin1 bytes when a binary chunk or the end comes: the
 * one batching rule both the document and its stream objects follow.
 */
function gatherer(emit: (bytes: Uint8Array) => void): { add(text: string): void; flush(): void } {
  let pending = '';
  return {
    add(text) {
      pending += text;
    },
    flush() {
      if (pending === '') return;
      emit(Buffer.from(pending, 'latin1'));
      pending = '';
    },
  };
}

/** Installs the batching on a new document, before anything but its first objects is written. */
export function batchWrites(doc: Pdf): void {
  const internals = doc as unknown as DocumentInternals;
  const push = internals.push.bind(internals);
  const pending = gatherer((bytes) => push(bytes));
  // pdfkit's own `_write`: a string gets a newline; the offset counts bytes, one per UTF-16 unit.
  internals._write = (data) => {
    if (data instanceof Uint8Array) {
      pending.flush();
      push(data);
      internals._offset += data.length;
      return;
    }
    const line = data + '\n';
    pending.add(line);
    internals._offset += line.length;
  };
  // The end of the document (push(null), after the trailer) comes after what is still gathered.
  internals.push = (chunk) => {
    if (chunk === null) pending.flush();
    return push(chunk);
  };
  const ref = internals.ref.bind(internals);
  internals.ref = (data) => batchReferenceWrites(ref(data));
}

/** A stream object's writes: strings gathered and handed to pdfkit's `write` as one chunk, before a binary one or the end. */
function batchReferenceWrites(reference: ReferenceInternals): ReferenceInternals {
  const write = reference.write.bind(reference);
  const finalize = reference.finalize.bind(reference);
  const pending = gatherer(write);
  reference.write = (chunk) => {
    if (chunk instanceof Uint8Array) {
      pending.flush();
      write(chunk);
    } else pending.add(chunk + '\n');
  };
  reference.finalize = () => {
    pending.flush();
    finalize();
  };
  return reference;
}
