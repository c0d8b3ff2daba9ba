/**
 * The few layout pieces both PDFs are built from: a PDF/A-3b document with the bundled DejaVu font,
 * headings, paragraphs, key/value lines and tables that wrap their cells and break across pages
 * (repeating the header row), and "page X of Y" footers. pdfkit is imported only here and only
 * when a PDF is rendered.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Language } from '../catalogue/catalogue-types.js';
import { packageRoot } from '../package-paths.js';
import './pdfkit-augmentation.js';

const FONT_DIR = join(packageRoot, 'assets', 'fonts');
export const FONT = { regular: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf') } as const;

export const COLOR = {
  text: '#1d1d1b',
  muted: '#5f6368',
  rule: '#c8ccd0',
  headerFill: '#eef1f4',
  accent: '#154273',
} as const;

export interface PdfMeta {
  title: string;
  subject: string;
  author: string;
  lang: Language;
  /** From the verdict's clock: fixed dates make the file reproducible byte for byte. */
  creationDate: Date;
}

export type Pdf = PDFKit.PDFDocument;

/** A4 with 2 cm margins; pages are buffered so footers can say "page X of Y". */
export function createPdf(meta: PdfMeta): Pdf {
  // Loaded here, not at the top: pdfkit costs ~200 ms to import and only PDF commands need it.
  const PDFDocument: PdfConstructor = createRequire(import.meta.url)('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: false,
    lang: meta.lang === 'nl' ? 'nl-NL' : 'en-GB',
    // No default font: pdfkit would load Helvetica, which PDF/A forbids (not embedded). The first
    // `doc.font` below picks the bundled TTF.
    font: null,
    info: { Title: meta.title, Subject: meta.subject, Author: meta.author, Creator: 'pkvw-light', Producer: 'pkvw-light', CreationDate: meta.creationDate },
  });
  // Fonts keep being named by path (`doc.font(FONT.bold)`); each name maps to the font parsed once
  // per process, and pdfkit still embeds a fresh subset of it in every document.
  const parsed = parsedFonts();
  doc.registerFont(FONT.regular, parsed.regular).registerFont(FONT.bold, parsed.bold);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  return doc;
}

type PdfConstructor = new (options: Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: null }) => Pdf;

let fonts: Record<keyof typeof FONT, PDFKit.ParsedFont> | undefined;

/**
 * Both fonts, parsed by fontkit once per process: parsing the two 700 KB files again took most of
 * each warm render. The fontkit is pdfkit's own, so font objects and pdfkit always match.
 */
function parsedFonts(): Record<keyof typeof FONT, PDFKit.ParsedFont> {
  if (!fonts) {
    const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    const fontkit: { create(data: Uint8Array): PDFKit.ParsedFont } = requireFromPdfkit('fontkit');
    fonts = { regular: fontkit.create(readFileSync(FONT.regular)), bold: fontkit.create(readFileSync(FONT.bold)) };
  }
  return fonts;
}

/** Collects the bytes; call before `doc.end()`. */
export function collectPdf(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when less than `height` points are left. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Pdf, text: string, size = 13): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.6);
  doc.font(FONT.bold).fontSize(size).fillColor(COLOR.accent).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

export function paragraph(doc: Pdf, text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
  doc
    .font(options.bold ? FONT.bold : FONT.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? COLOR.text)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

export interface Column {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  bold?: boolean;
}

const CELL_PAD = 4;

/** A table whose cells wrap; a row that does not fit starts a new page, which repeats the header row. */
export function table(
  doc: Pdf,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { fontSize?: number; header?: boolean } = {},
): void {
  const size = options.fontSize ?? 9;
  const left = doc.page.margins.left;
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.width * total);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const rowHeight = (cells: readonly string[], bold: (i: number) => boolean) =>
    Math.max(
      ...cells.map((cell, i) => {
        doc.font(bold(i) ? FONT.bold : FONT.regular).fontSize(size);
        return doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 2 * CELL_PAD, lineGap: 1 });
      }),
    ) +
    2 * CELL_PAD;

  const drawRow = (cells: readonly string[], bold: (i: number) => boolean, fill?: string) => {
    const height = rowHeight(cells, bold);
    const y = doc.y;
    if (fill) doc.rect(left, y, total, height).fill(fill);
    cells.forEach((cell, i) => {
      doc
        .font(bold(i) ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(COLOR.text)
        .text(cell, (xs[i] ?? left) + CELL_PAD, y + CELL_PAD, { width: (widths[i] ?? 0) - 2 * CELL_PAD, lineGap: 1 });
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + total, y + height)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };

  const headerCells = columns.map((c) => c.header);
  const headerBold = () => true;
  const withHeader = options.header !== false;
  const drawHeader = () => {
    if (withHeader) drawRow(headerCells, headerBold, COLOR.headerFill);
  };
  const cellBold = (i: number) => columns[i]?.bold === true;

  ensureSpace(doc, (withHeader ? rowHeight(headerCells, headerBold) : 0) + (rows[0] ? rowHeight(rows[0], cellBold) : 0));
  drawHeader();
  for (const row of rows) {
    if (doc.y + rowHeight(row, cellBold) > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, cellBold);
  }
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  doc.moveDown(0.5);
}

/** Writes "left text · page X of Y" at the foot of every buffered page. */
export function pageFooters(doc: Pdf, left: string, pageLabel: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    const width = contentWidth(doc);
    doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
    doc.text(left, doc.page.margins.left, y, { width, lineBreak: false });
    doc.text(pageLabel(i - range.start + 1, range.count), doc.page.margins.left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** ISO date (YYYY-MM-DD) in the reader's form: 28 november 2026 / 28 November 2026. */
export function formatDate(isoDate: string, lang: Language): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const months =
    lang === 'nl'
      ? ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
      : ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[(month ?? 1) - 1] ?? ''} ${year}`;
}

/** Euros without cents, with the language's thousands separator: € 1.250 / € 1,250. */
export function formatEuros(amount: number, lang: Language): string {
  return `€ ${Math.round(amount).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}`;
}
