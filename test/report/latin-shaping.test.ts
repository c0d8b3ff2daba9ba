import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT } from '../../src/report/pdf-layout.js';
import { latinShaper, markAttachmentTriggers, type ScriptOf, type ShapedFont } from '../../src/report/latin-shaping.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';

const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit: { create(data: Uint8Array): ShapedFont } = requireFromPdfkit('fontkit');
const unicode: { getScript: ScriptOf } = createRequire(requireFromPdfkit.resolve('fontkit'))('unicode-properties');

interface Run {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}

/** What pdfkit reads of a run. */
const seen = (run: Run) => ({
  glyphs: run.glyphs.map((glyph) => [glyph.id, glyph.codePoints, glyph.advanceWidth]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  advanceWidth: run.advanceWidth,
});

/** Words as pdfkit cuts a text for layout: at spaces, each keeping its space. */
const words = (text: string) => text.match(/[^ \t]*[ \t]?/g)?.filter((word) => word.length > 0) ?? [];

/** Every text in the catalogue, in both languages: the words the documents are mostly made of. */
function catalogueWords(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(loadCatalogue());
  return [...new Set(texts.flatMap(words))];
}

/** Letters that ligate (f, i, l) and kern (A, V, T, o, y…), Latin Extended, signs, and what the direct path leaves to fontkit. */
const ALPHABET = [...'ffiflAVTWYLPoeayvw.,;:-–—’“”€✓•·()/ 0123456789', ...'łőŞžçñøÆŒĳŉǅẞạ', '\u00a0', '\u00ad', '\u0301', '\u2044', 'Ω', 'Ж', 'ﬁ', '\u02e5', 'i̇'];

describe.each([
  ['regular', FONT.regular],
  ['bold', FONT.bold],
])('shaping Latin words directly (%s)', (_name, path) => {
  const direct = fontkit.create(readFileSync(path));
  const reference = fontkit.create(readFileSync(path));
  const shape = latinShaper(direct, unicode.getScript);

  it('is possible for the bundled font', () => {
    expect(shape).toBeDefined();
  });

  const same = (word: string) => {
    const run = shape?.(word) ?? (direct.layout(word) as Run);
    expect(seen(run), JSON.stringify(word)).toEqual(seen(reference.layout(word) as Run));
  };

  it('gives fontkit’s glyphs and positions for every word of the catalogue', () => {
    const all = catalogueWords();
    expect(all.length).toBeGreaterThan(1000);
    all.forEach(same);
  });

  it('gives fontkit’s glyphs and positions for any word of Latin letters, signs and others', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 12 }), (letters) => same(letters.join(''))),
      { numRuns: 3000 },
    );
  });

  it('reads the trigger glyphs of every mark attachment lookup from the bytes as fontkit decodes them, and no other lookup', () => {
    interface Coverage {
      version: number;
      glyphs?: number[];
      rangeRecords?: { start: number; end: number }[];
    }
    interface SubTable {
      lookupType?: number;
      extension?: SubTable & { markCoverage?: Coverage; mark1Coverage?: Coverage };
      markCoverage?: Coverage;
      mark1Coverage?: Coverage;
    }
    const gpos = (reference as unknown as { GPOS: { lookupList: { length: number; get(i: number): { lookupType: number; subTables: SubTable[] } } } }).GPOS;
    const size = reference.numGlyphs + 1;
    let marks = 0;
    for (let index = 0; index < gpos.lookupList.length; index++) {
      const lookup = gpos.lookupList.get(index);
      const subTables = lookup.lookupType === 9 ? lookup.subTables.map((sub) => ({ type: sub.lookupType ?? 0, table: sub.extension ?? {} })) : lookup.subTables.map((table) => ({ type: lookup.lookupType, table }));
      const read = markAttachmentTriggers(direct, index, size);
      const isMarks = subTables.length > 0 && subTables.every((sub) => sub.type === 4 || sub.type === 5 || sub.type === 6) && subTables.every((sub) => sub.type === subTables[0]?.type);
      expect(read !== undefined, `lookup ${index}`).toBe(isMarks);
      if (read === undefined) continue;
      marks++;
      const decoded = new Set<number>();
      for (const { type, table } of subTables) {
        const coverage = type === 6 ? table.mark1Coverage : table.markCoverage;
        for (const glyph of coverage?.glyphs ?? []) decoded.add(glyph);
        for (const range of coverage?.rangeRecords ?? []) for (let glyph = range.start; glyph <= range.end; glyph++) decoded.add(glyph);
      }
      expect([...read.keys()].filter((glyph) => read[glyph] === 1), `lookup ${index}`).toEqual([...decoded].filter((glyph) => glyph < size).sort((a, b) => a - b));
    }
    // DejaVu attaches marks to bases, ligatures and marks: the shaper's plan holds three such lookups.
    expect(marks).toBeGreaterThanOrEqual(3);
  });

  it('shapes ligatures and kerning itself, and leaves marks, other scripts and invisible characters to fontkit', () => {
    for (const word of ['Hallo ', 'offerte', 'AVT', 'Łódź', '€ 500', '2026-11-28']) expect(shape?.(word), word).toBeDefined();
    for (const word of ['e\u0301', 'Ωmega', 'Жук', 'af\u00adspraak', '1\u20442', 'i̇']) expect(shape?.(word), word).toBeUndefined();
  });
});
