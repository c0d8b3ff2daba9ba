/**
 * The few layout pieces both PDFs are built from: a tagged PDF/A-3b document with the bundled DejaVu
 * font, a title, headings, paragraphs, lists, a highlighted band and tables that wrap their cells and
 * break across pages (repeating the header row), and "page X of Y" footers. Every piece adds its
 * structure element (H1, H2, P, L/LI, Table/TR/TH/TD) to the document's structure tree in the order
 * it is drawn, so a screen reader reads what is drawn, in that order; rules, fills and footers are
 * artifacts. Draw a document only with these pieces: bare `doc.text` is left out of the tree.
 * pdfkit is imported only here and only when a PDF is rendered.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { createRequire, Module } from 'node:module';
import { join } from 'node:path';
import type { Language } from '../catalogue/catalogue-types.js';
import { packageRoot } from '../package-paths.js';
import './pdfkit-augmentation.js';
import { LOCALE } from '../i18n/language.js';
import { shapeLatinDirectly, type ScriptOf, type ShapedFont } from './latin-shaping.js';

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
  // Loaded here, not at the top: pdfkit costs ~100 ms to import and only PDF commands need it.
  const PDFDocument = loadPdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    // Tagged, with the language and the title shown: what a screen reader needs (WCAG 2.1, PDF/UA).
    tagged: true,
    displayTitle: true,
    lang: LOCALE[meta.lang],
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
  const root = doc.struct('Document');
  doc.addStructure(root);
  structureRoots.set(doc, root);
  return doc;
}

/** The `Document` element of each tagged document: the pieces below add their elements to it, in drawing order. */
const structureRoots = new WeakMap<Pdf, PDFKit.PDFStructureElement>();

type BlockType = 'H1' | 'H2' | 'H3' | 'P';

/** Draws `draw` as the content of a new element of `type` at the end of the structure tree (or of `parent`). */
function tagged(doc: Pdf, type: string, draw: () => void, parent?: PDFKit.PDFStructureElement, options: PDFKit.Mixins.StructureElementOptions = {}): void {
  const into = parent ?? structureRoots.get(doc);
  if (into === undefined) draw();
  else into.add(doc.struct(type, options, [draw]));
}

/** A grouping element (Table, TR, L, LI) under the root or `parent`; end it when its children are added. */
function group(doc: Pdf, type: string, parent?: PDFKit.PDFStructureElement, options: PDFKit.Mixins.StructureElementOptions = {}): PDFKit.PDFStructureElement | undefined {
  const into = parent ?? structureRoots.get(doc);
  if (into === undefined) return undefined;
  const element = doc.struct(type, options);
  into.add(element);
  return element;
}

/** Drawing that carries no meaning of its own (fills, rules, footers): screen readers skip it. */
function artifact(doc: Pdf, type: 'Layout' | 'Pagination', draw: () => void): void {
  if (!structureRoots.has(doc)) return draw();
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

type PdfConstructor = new (options: Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: null }) => Pdf;

/**
 * pdfkit, with three of the modules it loads replaced while it loads (they are in the module cache
 * only then, so nothing else in the process, such as a program using our library, gets them):
 * - fontkit's WOFF2 decoder (brotli) refuses: building brotli's dictionary cost ~20 ms of every PDF
 *   command, and we read only the bundled TTFs;
 * - pdfkit's AES (@noble/ciphers) refuses: it builds its tables on load (~15 ms) for encrypted PDFs,
 *   which we never write;
 * - tiny-inflate is Node's own inflate: the Unicode tables of fontkit, unicode-properties and
 *   linebreak are inflated on load, ten streams of 290 KB in all, ~30 ms in JavaScript. Same bytes.
 */
function loadPdfkit(): PdfConstructor {
  const load = createRequire(import.meta.url);
  const fromPdfkit = createRequire(load.resolve('pdfkit'));
  const fromFontkit = createRequire(fromPdfkit.resolve('fontkit'));
  const refuse = (message: string) => () => {
    throw new Error(message);
  };
  const standIns: Record<string, unknown> = {
    [fromFontkit.resolve('brotli/decompress.js')]: refuse('WOFF2 fonts are not supported: use a TrueType font'),
    [fromPdfkit.resolve('@noble/ciphers/aes')]: { cbc: refuse('PDF encryption is not supported'), ecb: refuse('PDF encryption is not supported') },
    [fromFontkit.resolve('tiny-inflate')]: inflateInto,
  };
  const placed = Object.keys(standIns).filter((path) => load.cache[path] === undefined);
  for (const path of placed) {
    const standIn = new Module(path);
    standIn.exports = standIns[path];
    standIn.loaded = true;
    load.cache[path] = standIn;
  }
  try {
    const pdfkit: PdfConstructor = load('pdfkit');
    return pdfkit;
  } finally {
    for (const path of placed) delete load.cache[path];
  }
}

/** tiny-inflate's contract (raw DEFLATE into `dest`, cut to the length written) with Node's zlib. Exported for the test. */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  // More than `dest` holds is refused (tiny-inflate would cut it silently); zlib wants a limit of at least 1.
  const inflated = inflateRawSync(source, { maxOutputLength: Math.max(1, dest.length) });
  dest.set(inflated);
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
}

/** Loads pdfkit and parses both fonts now, before the first document: the CLI's report worker does this while the answers are replayed. */
export function preparePdf(): void {
  loadPdfkit();
  parsedFonts();
}

let fonts: Record<keyof typeof FONT, PDFKit.ParsedFont> | undefined;

/**
 * Both fonts, parsed by fontkit once per process: parsing the two 700 KB files again took most of
 * each warm render. The fontkit is pdfkit's own, so font objects and pdfkit always match. Plain
 * Latin words are shaped by `latin-shaping.ts` (the same glyphs and positions, without fontkit's
 * general shaper), everything else by fontkit.
 */
function parsedFonts(): Record<keyof typeof FONT, PDFKit.ParsedFont> {
  if (!fonts) {
    const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    const fontkit: { create(data: Uint8Array): PDFKit.ParsedFont & ShapedFont & TableFont } = requireFromPdfkit('fontkit');
    // fontkit's own Unicode data, so a word's script is the one fontkit would find.
    const unicode: { getScript: ScriptOf } = createRequire(requireFromPdfkit.resolve('fontkit'))('unicode-properties');
    const fieldTypes: PostFieldTypes = createRequire(requireFromPdfkit.resolve('fontkit'))('restructure');
    const parse = (path: string) => {
      const font = fontkit.create(readFileSync(path));
      postHeaderFirst(font, fieldTypes);
      shapeLatinDirectly(font, unicode.getScript);
      return font;
    };
    fonts = { regular: parse(FONT.regular), bold: parse(FONT.bold) };
  }
  return fonts;
}

/** The fontkit font's insides that `postHeaderFirst` uses. */
export interface TableFont {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  _getTableStream(tag: string): { pos: number } | null;
  _decodeTable(table: { offset: number; length: number }): unknown;
}

type FieldType = { decode(stream: unknown, parent?: unknown): unknown };
/** restructure, fontkit's own copy: the field types its `post` table is read with. */
export interface PostFieldTypes {
  Struct: new (fields: Record<string, FieldType>) => FieldType;
  fixed32: FieldType;
  int16: FieldType;
  uint32: FieldType;
}

/** The part of a version 2 `post` table after its header: the glyph names, 6,253 of them in DejaVu. */
const POST_GLYPH_NAMES = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map'] as const;

/**
 * fontkit decodes a table whole the first time it is read. Of `post`, pdfkit reads only the header
 * (isFixedPitch, italicAngle), but decoding DejaVu's glyph names with it took ~30 ms of every
 * process's first PDF. The header is decoded here with the same field types as fontkit's; the names,
 * which no PDF of ours needs, are decoded by fontkit itself if anything asks for them. Exported for
 * the test, which holds every field to fontkit's own decoding.
 */
export function postHeaderFirst(font: TableFont, types: PostFieldTypes): void {
  const table = font.directory.tables.post;
  if (table === undefined || 'post' in font._tables) return;
  const stream = font._getTableStream('post');
  if (stream === null) return;
  const at = stream.pos;
  const { Struct, fixed32, int16, uint32 } = types;
  const header = new Struct({
    version: fixed32,
    italicAngle: fixed32,
    underlinePosition: int16,
    underlineThickness: int16,
    isFixedPitch: uint32,
    minMemType42: uint32,
    maxMemType42: uint32,
    minMemType1: uint32,
    maxMemType1: uint32,
  });
  const post = header.decode(stream) as Record<string, unknown>;
  stream.pos = at;
  let whole: Record<string, unknown> | undefined;
  for (const field of POST_GLYPH_NAMES) {
    Object.defineProperty(post, field, { enumerable: true, get: () => (whole ??= font._decodeTable(table) as Record<string, unknown>)[field] });
  }
  font._tables.post = post;
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

/** The document's title (H1), with an optional line under it. */
export function title(doc: Pdf, text: string, subtitle?: string, size = 20): void {
  tagged(doc, 'H1', () => doc.font(FONT.bold).fontSize(size).fillColor(COLOR.accent).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) }));
  if (subtitle !== undefined) paragraph(doc, subtitle, { color: COLOR.muted });
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

/** A section heading: level 2 (H2) by default, 3 for a subsection. */
export function heading(doc: Pdf, text: string, size = 13, level: 2 | 3 = 2): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.6);
  const type: BlockType = level === 2 ? 'H2' : 'H3';
  tagged(doc, type, () => doc.font(FONT.bold).fontSize(size).fillColor(COLOR.accent).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) }));
  doc.moveDown(0.3);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

export function paragraph(doc: Pdf, text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
  tagged(doc, 'P', () =>
    doc
      .font(options.bold ? FONT.bold : FONT.regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? COLOR.text)
      .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 }),
  );
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

/** A list (L, LI with Lbl and LBody): bullets, or numbers with `numbered`. Items that do not fit start a new page. */
export function list(doc: Pdf, items: readonly string[], options: { numbered?: boolean; size?: number } = {}): void {
  const size = options.size ?? 10;
  const left = doc.page.margins.left;
  const indent = options.numbered ? 18 : 12;
  const width = contentWidth(doc) - indent;
  const element = group(doc, 'L', undefined, {});
  items.forEach((item, index) => {
    doc.font(FONT.regular).fontSize(size);
    ensureSpace(doc, Math.min(doc.heightOfString(item, { width, lineGap: 1.5 }), size * 6));
    const y = doc.y;
    const label = options.numbered ? `${index + 1}.` : '•';
    const entry = group(doc, 'LI', element);
    tagged(doc, 'Lbl', () => doc.fillColor(COLOR.text).text(label, left, y, { width: indent, lineBreak: false }), entry);
    tagged(doc, 'LBody', () => doc.fillColor(COLOR.text).text(item, left + indent, y, { width, lineGap: 1.5 }), entry);
    entry?.end();
    doc.x = left;
    doc.moveDown(0.2);
  });
  element?.end();
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  doc.moveDown(0.3);
}

/** A highlighted block: a strong line in `color` (H2) and a paragraph, on a tinted band with a coloured edge. */
export function band(doc: Pdf, strong: string, text: string, color: string): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(16);
  const strongHeight = doc.heightOfString(strong, { width: width - 24 });
  doc.font(FONT.regular).fontSize(10);
  const textHeight = doc.heightOfString(text, { width: width - 24, lineGap: 1.5 });
  const height = strongHeight + textHeight + 22;
  ensureSpace(doc, height);
  const y = doc.y;
  artifact(doc, 'Layout', () => {
    doc.rect(left, y, width, height).fill('#f6f7f8');
    doc.rect(left, y, 6, height).fill(color);
  });
  tagged(doc, 'H2', () => doc.font(FONT.bold).fontSize(16).fillColor(color).text(strong, left + 18, y + 8, { width: width - 24 }));
  tagged(doc, 'P', () => doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text).text(text, left + 18, doc.y + 4, { width: width - 24, lineGap: 1.5 }));
  doc.x = left;
  doc.y = y + height + 8;
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

export interface Column {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  bold?: boolean;
}

const CELL_PAD = 4;
const CELL_LINE_GAP = 1;

/** One line as pdfkit's LineWrapper gave it to be drawn, with the measures its `_fragment` reads. */
interface WrappedLine {
  text: string;
  textWidth: number;
  wordCount: number;
  lineWidth: number;
}

/** The options pdfkit's `_initOptions` makes of `{ width, lineGap }`, which `_fragment` is given. */
function fragmentOptions(width: number, lineGap: number, line: WrappedLine): PDFKit.LineOptions {
  return { width: Math.max(width, 0), lineGap, columns: 0, columnGap: 18, rotation: 0, textWidth: line.textWidth, wordCount: line.wordCount, lineWidth: line.lineWidth };
}

/**
 * The lines `doc.text(text, { width, lineGap })` draws in the current font and size, from pdfkit's
 * own LineWrapper as `heightOfString` runs it (no height limit, so no page break is taken).
 */
function wrapLines(doc: Pdf, text: string, width: number, lineGap: number): WrappedLine[] {
  const { x, y } = doc;
  const lines: WrappedLine[] = [];
  doc._text(text, x, y, { width, lineGap, height: Infinity }, (line, options) => {
    lines.push({ text: line, textWidth: options.textWidth ?? 0, wordCount: options.wordCount ?? 0, lineWidth: options.lineWidth ?? 0 });
  });
  doc.x = x;
  doc.y = y;
  return lines;
}

/** What `heightOfString` gives for these lines at the current y: the same additions, so the same bits. */
function heightOfLines(doc: Pdf, lines: readonly WrappedLine[], lineGap: number): number {
  let end = doc.y;
  for (let i = 0; i < lines.length; i++) end += doc.currentLineHeight(true) + lineGap;
  return end - doc.y;
}

/**
 * Draws wrapped lines at (x, y) as `doc.text` would: each line pdfkit's `_line` way (`_fragment`,
 * then down one line). False, with nothing drawn, where pdfkit's wrapper would go on to a new page
 * (a cell taller than the room left): `doc.text` must do that itself.
 */
function drawLines(doc: Pdf, lines: readonly WrappedLine[], x: number, y: number, width: number, lineGap: number): boolean {
  // The LineWrapper's own checks are against PDFNumber(maxY), a float32: a hundredth of a point to spare.
  const maxY = doc.page.maxY() - 0.01;
  const lineHeight = doc.currentLineHeight(true);
  let end = y;
  if (end + lineHeight > maxY) return false;
  for (let i = 0; i < lines.length; i++) {
    end += lineHeight + lineGap;
    if (end + lineHeight > maxY) return false;
  }
  doc.x = x;
  doc.y = y;
  for (const line of lines) {
    doc._fragment(line.text, doc.x, doc.y, fragmentOptions(width, lineGap, line));
    doc.y += doc.currentLineHeight(true) + lineGap;
  }
  doc.x = x;
  return true;
}

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

  // Each cell is wrapped once, by pdfkit's own LineWrapper: its lines give the row's height (before
  // the row is placed, and again at a new page's top) and are what is drawn. Wrapping every cell a
  // second time to draw it was a fifth of a report's render. A row's cells always come with the same
  // boldness, so the lines are kept per row.
  const wrapped = new Map<readonly string[], WrappedLine[][]>();
  const cellLines = (cells: readonly string[], bold: (i: number) => boolean) => {
    let lines = wrapped.get(cells);
    if (lines === undefined) {
      lines = cells.map((cell, i) => {
        doc.font(bold(i) ? FONT.bold : FONT.regular).fontSize(size);
        // An empty cell is as high as one line; it draws nothing, as `doc.text('')` does not.
        return wrapLines(doc, cell || ' ', (widths[i] ?? 0) - 2 * CELL_PAD, CELL_LINE_GAP);
      });
      wrapped.set(cells, lines);
    }
    return lines;
  };
  const rowHeight = (cells: readonly string[], bold: (i: number) => boolean) => {
    const lines = cellLines(cells, bold);
    return (
      Math.max(
        ...lines.map((cell, i) => {
          doc.font(bold(i) ? FONT.bold : FONT.regular).fontSize(size);
          return heightOfLines(doc, cell, CELL_LINE_GAP);
        }),
      ) +
      2 * CELL_PAD
    );
  };

  const element = group(doc, 'Table');
  /** One row; `header` makes its cells TH (column headers), `repeat` marks a header repeated on a new page as an artifact. */
  const drawRow = (cells: readonly string[], bold: (i: number) => boolean, kind: 'header' | 'repeat' | 'body', fill?: string) => {
    const height = rowHeight(cells, bold);
    const lines = cellLines(cells, bold);
    const y = doc.y;
    if (fill) artifact(doc, 'Layout', () => doc.rect(left, y, total, height).fill(fill));
    const drawCell = (cell: string, i: number) => {
      doc
        .font(bold(i) ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(COLOR.text);
      const x = (xs[i] ?? left) + CELL_PAD;
      const width = (widths[i] ?? 0) - 2 * CELL_PAD;
      if (cell === '') return;
      if (!drawLines(doc, lines[i] ?? [], x, y + CELL_PAD, width, CELL_LINE_GAP)) doc.text(cell, x, y + CELL_PAD, { width, lineGap: CELL_LINE_GAP });
    };
    if (kind === 'repeat') artifact(doc, 'Pagination', () => cells.forEach(drawCell));
    else {
      const row = group(doc, 'TR', element);
      cells.forEach((cell, i) => tagged(doc, kind === 'header' ? 'TH' : 'TD', () => drawCell(cell, i), row ?? element, kind === 'header' ? { scope: 'Column' } : {}));
      row?.end();
    }
    artifact(doc, 'Layout', () =>
      doc
        .moveTo(left, y + height)
        .lineTo(left + total, y + height)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke(),
    );
    doc.x = left;
    doc.y = y + height;
  };

  const headerCells = columns.map((c) => c.header);
  const headerBold = () => true;
  const withHeader = options.header !== false;
  const drawHeader = (kind: 'header' | 'repeat') => {
    if (withHeader) drawRow(headerCells, headerBold, kind, COLOR.headerFill);
  };
  const cellBold = (i: number) => columns[i]?.bold === true;

  ensureSpace(doc, (withHeader ? rowHeight(headerCells, headerBold) : 0) + (rows[0] ? rowHeight(rows[0], cellBold) : 0));
  drawHeader('header');
  for (const row of rows) {
    if (doc.y + rowHeight(row, cellBold) > bottom(doc)) {
      doc.addPage();
      drawHeader('repeat');
    }
    drawRow(row, cellBold, 'body');
  }
  element?.end();
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
    artifact(doc, 'Pagination', () => {
      doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
      doc.text(left, doc.page.margins.left, y, { width, lineBreak: false });
      doc.text(pageLabel(i - range.start + 1, range.count), doc.page.margins.left, y, { width, align: 'right', lineBreak: false });
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** ISO date (YYYY-MM-DD) in the reader's form: 28 november 2026 / 28 November 2026. */
export function formatDate(isoDate: string, lang: Language): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[lang][(month ?? 1) - 1] ?? ''} ${year}`;
}

const MONTHS: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
