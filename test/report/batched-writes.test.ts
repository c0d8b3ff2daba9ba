import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { batchWrites } from '../../src/report/batched-writes.js';
import { collectPdf, type Pdf } from '../../src/report/pdf-layout.js';

const PDFDocument: new (options: PDFKit.PDFDocumentOptions) => Pdf = createRequire(import.meta.url)('pdfkit');

/** The same document twice, once with its writes batched: pdfkit's bytes must not change. */
async function both(draw: (doc: Pdf) => void): Promise<[Buffer, Buffer]> {
  const render = (batched: boolean) => {
    const doc = new PDFDocument({ bufferPages: true, info: { CreationDate: new Date('2026-11-28T12:00:00Z') } });
    if (batched) batchWrites(doc);
    const bytes = collectPdf(doc);
    draw(doc);
    doc.end();
    return bytes;
  };
  return [await render(false), await render(true)];
}

describe('batched writes', () => {
  it('give pdfkit’s own bytes for text, shapes, pages and uncompressed streams', async () => {
    const [plain, batched] = await both((doc) => {
      doc.fontSize(12).text('Brievenbus, raam op de verdieping: € 500 – ½ ✓', 56, 56, { width: 300 });
      doc.rect(56, 200, 100, 50).fill('#c62828');
      doc.addPage().text('pagina 2');
      const stream = (doc as unknown as { ref(data: object): { write(chunk: string | Uint8Array): void; end(): void } }).ref({ Filter: 'ASCIIHexDecode' });
      stream.write('41 42');
      stream.write(new Uint8Array([0x20, 0x43, 0xff]));
      stream.write('\u00ff\u0100 end');
      stream.end();
    });
    expect(plain.length).toBeGreaterThan(1000);
    expect(Buffer.compare(batched, plain)).toBe(0);
  });

  it('keep the low byte of every UTF-16 unit, as pdfkit does, for any string written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 8 }), async (texts) => {
        const [plain, batched] = await both((doc) => {
          const stream = (doc as unknown as { ref(data: object): { write(chunk: string): void; end(): void } }).ref({ Filter: 'ASCIIHexDecode' });
          for (const text of texts) stream.write(text);
          stream.end();
          doc.info.Subject = texts.join('');
        });
        expect(Buffer.compare(batched, plain)).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
