/**
 * The QR code on a certificate: its number and the SHA-256 of its embedded data (certificate.json),
 * so an employer holding a paper copy can match it to the signed PDF. Drawn as vector squares (no
 * image), so it stays sharp in print and PDF/A needs nothing more.
 */
import { createRequire } from 'node:module';
import type * as QRCodeModule from 'qrcode';
import { sha256Hex } from '../canonical/canonical-json.js';
import type { Pdf } from '../report/pdf-layout.js';

/** What the QR code says: `PKVWL-CERT:1:<number>:sha256:<hex of certificate.json>`. */
export function certificateQrText(number: string, embeddedJson: string): string {
  return `PKVWL-CERT:1:${number}:sha256:${sha256Hex(embeddedJson)}`;
}

/** Draws the QR code of `text` with its top-left corner at (x, y), `size` points wide (quiet zone included). */
export function drawQrCode(doc: Pdf, text: string, x: number, y: number, size: number): void {
  // Loaded when a certificate is drawn, like pdfkit: no other command pays for it. Only the encoder:
  // the package's index also loads its PNG, SVG and terminal renderers (pngjs), which we never use.
  const QRCode: Pick<typeof QRCodeModule, 'create'> = createRequire(import.meta.url)('qrcode/lib/core/qrcode');
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
