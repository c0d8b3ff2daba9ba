/**
 * fontkit's OpenType shaping, done directly for the words our documents are made of. pdfkit shapes
 * every word with fontkit's general engine, which scans each lookup's coverage glyph by glyph and
 * plans features anew for every call: in a fresh process that was about half of rendering a report.
 * In the bundled DejaVu fonts a word of Latin and common characters meets only two kinds of lookup
 * that do anything: the f-ligatures (GSUB type 4) and pair kerning (GPOS type 2). Those two are done
 * here, exactly as fontkit does them (same glyph objects, same positions, so the PDF keeps its bytes;
 * test/report/latin-shaping.test.ts holds this to fontkit's output for any such word); for every
 * other lookup the plan keeps the glyphs that would set it off, and a word holding one, a character
 * of another script, a mark or anything unusual goes to fontkit as before.
 */

/** The fontkit objects used here, as fontkit 2 shapes them. */
interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

type Coverage = { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number; startCoverageIndex: number }[] };
type ClassDef = { version: 1; startGlyph: number; classValueArray: number[] } | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };

interface LazyArray<T> {
  length: number;
  get(index: number): T;
}

interface ValueRecord {
  xPlacement?: number;
  yPlacement?: number;
  xAdvance?: number;
  yAdvance?: number;
}

/** One subtable, any lookup type: only the fields the types handled here read. */
interface SubTable {
  version: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  ligatureSets?: LazyArray<{ glyph: number; components: number[] }[]>;
  pairSets?: LazyArray<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: LazyArray<LazyArray<{ value1: ValueRecord; value2: ValueRecord } | undefined> | undefined>;
  // Contextual (GSUB 5/6, GPOS 7/8), by format: glyph rules, class rules, coverages.
  ruleSets?: ({ input: number[] }[] | null)[];
  chainRuleSets?: ({ backtrack: number[]; input: number[]; lookahead: number[] }[] | null)[];
  classDef?: ClassDef;
  classSet?: ({ classes: number[] }[] | null)[];
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  lookaheadClassDef?: ClassDef;
  chainClassSet?: ({ backtrack: number[]; input: number[]; lookahead: number[] }[] | null)[];
  backtrackGlyphCount?: number;
  inputGlyphCount?: number;
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
}

interface Lookup {
  lookupType: number;
  flags: { markAttachmentType: number; flags: Record<string, boolean> };
  subTables: SubTable[];
}

interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: LazyArray<Lookup>;
  featureVariations?: unknown;
}

export interface ShapedFont {
  numGlyphs: number;
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  kern?: unknown;
  _variationProcessor?: unknown;
  glyphsForString(text: string): Glyph[];
  getGlyph(id: number, codePoints: number[]): Glyph;
  layout(text: string, features?: unknown): unknown;
}

/** A glyph run as pdfkit reads one: glyphs, positions and their total advance. */
class ShapedRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** Unicode's script of a code point, as fontkit's own `unicode-properties` names it. */
export type ScriptOf = (codePoint: number) => string;

/**
 * Makes `font.layout` shape plain Latin words here and everything else with fontkit, for pdfkit's
 * calls without explicit features. Does nothing for a font whose tables this cannot follow.
 */
export function shapeLatinDirectly(font: ShapedFont, scriptOf: ScriptOf): void {
  const shape = latinShaper(font, scriptOf);
  if (shape === undefined) return;
  const fontkitLayout = font.layout.bind(font);
  font.layout = (text: string, features?: unknown) => (features === undefined ? shape(text) : undefined) ?? fontkitLayout(text, features);
}

/** The shaper, or undefined when the font has tables this does not follow. Exported for the test. */
export function latinShaper(font: ShapedFont, scriptOf: ScriptOf): ((text: string) => ShapedRun | undefined) | undefined {
  // Variable fonts and fonts without GSUB and GPOS take paths of fontkit's this does not copy.
  if (font._variationProcessor || !font.GSUB || !font.GPOS) return undefined;
  const tables = new Tables(font.numGlyphs);
  const latin = planFor(font, 'latn', tables);
  const common = planFor(font, 'zzzz', tables);
  if (latin === undefined || common === undefined) return undefined;
  const marks = font.GDEF?.glyphClassDef === undefined ? undefined : tables.classes(font.GDEF.glyphClassDef);
  const kindOf = characterKinds(scriptOf);

  return (text) => {
    const script = scriptOfWord(text, kindOf);
    if (script === undefined) return undefined;
    const plan = script === 'latn' ? latin : common;
    let working: { id: number; codePoints: number[] }[] = font.glyphsForString(text).map((glyph) => ({ id: glyph.id, codePoints: [...glyph.codePoints] }));
    for (const step of plan.gsub) {
      if (step.kind === 'ligature') working = ligate(working, step);
      else if (step.kind === 'pair' || acts(step, working, tables)) return undefined;
    }
    const glyphs = working.map((glyph) => font.getGlyph(glyph.id, glyph.codePoints));
    // fontkit zeroes the advance of marks after positioning: a word with one is left to it.
    if (marks !== undefined && glyphs.some((glyph) => marks[glyph.id] === 3)) return undefined;
    const positions: Position[] = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    for (const step of plan.gpos) {
      if (step.kind === 'pair') {
        if (!kern(glyphs, positions, step)) return undefined;
      } else if (step.kind === 'ligature' || acts(step, glyphs, tables)) return undefined;
    }
    return new ShapedRun(glyphs, positions);
  };
}

/** The characters shaped here: Latin letters (with Latin Extended) and common signs, no marks, no invisible ones. */
const DIRECT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x24f],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x2043],
  [0x2045, 0x205e],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x23ff],
  [0x2500, 0x27bf],
];

/** What a character is to `scriptOfWord`: a Latin letter, a common sign (both shaped here), or another. */
const enum Kind {
  Unknown = 0,
  Latin = 1,
  Common = 2,
  Other = 3,
}

/** Past the last of DIRECT_RANGES: every character from here on is left to fontkit. */
const DIRECT_END = Math.max(...DIRECT_RANGES.map(([, to]) => to)) + 1;

/** A character's kind, by DIRECT_RANGES and `scriptOf`, each looked up once and then remembered. */
function characterKinds(scriptOf: ScriptOf): (code: number) => Kind {
  const known = new Uint8Array(DIRECT_END);
  return (code) => {
    if (code >= DIRECT_END) return Kind.Other;
    let kind: Kind = known[code] ?? Kind.Unknown;
    if (kind === Kind.Unknown) {
      const name = DIRECT_RANGES.some(([from, to]) => from <= code && code <= to) ? scriptOf(code) : undefined;
      kind = name === 'Latin' ? Kind.Latin : name === 'Common' ? Kind.Common : Kind.Other;
      known[code] = kind;
    }
    return kind;
  };
}

/**
 * The script fontkit would pick for the word ('latn' once a Latin letter occurs, else 'zzzz'), or
 * undefined when a character is outside the ranges above or of a script other than Latin and Common.
 */
function scriptOfWord(text: string, kindOf: (code: number) => Kind): 'latn' | 'zzzz' | undefined {
  if (text.length === 0) return undefined;
  let script: 'latn' | 'zzzz' = 'zzzz';
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === Kind.Latin) script = 'latn';
    else if (kind !== Kind.Common) return undefined;
  }
  return script;
}

type Step =
  /** A lookup done here: GSUB type 4 or GPOS type 2 without lookup flags. */
  | { kind: 'ligature'; subTables: { coverage: Int32Array; sets: LazyArray<{ glyph: number; components: number[] }[]> }[] }
  | { kind: 'pair'; subTables: PairSubTable[] }
  /**
   * Any other lookup, which acts only where the current glyph is in a first coverage (`glyphs`); a
   * contextual one without flags only where one of its rules also matches around it (`contexts`).
   */
  | { kind: 'other'; glyphs: Uint8Array; contexts?: { type: number; table: SubTable }[] };

type PairSubTable =
  | { version: 1; coverage: Int32Array; sets: NonNullable<SubTable['pairSets']> }
  | { version: 2; coverage: Int32Array; class1: Int32Array; class2: Int32Array; records: NonNullable<SubTable['classRecords']> };

interface Plan {
  gsub: Step[];
  gpos: Step[];
}

/** The features fontkit's default shaper applies, in its order; the fraction features act only near U+2044, which is not shaped here. */
const LOCAL_FEATURES = ['frac', 'numr', 'dnom'];
const PLAN_ORDER = ['rvrn', 'ltra', 'ltrm', ...LOCAL_FEATURES, 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];

/** What fontkit's OTLayoutEngine would do for a word of `script`, lookup by lookup; undefined if this cannot follow it. */
function planFor(font: ShapedFont, script: string, tables: Tables): Plan | undefined {
  if (font.GSUB === undefined || font.GPOS === undefined) return undefined;
  // Without GPOS kerning for the script fontkit would fall back to the old 'kern' table.
  const gposFeatures = featuresFor(font.GPOS, script);
  if (gposFeatures === undefined || (!gposFeatures.has('kern') && font.kern !== undefined)) return undefined;
  const gsub = stepsFor(font.GSUB, script, tables, 'GSUB');
  const gpos = stepsFor(font.GPOS, script, tables, 'GPOS');
  if (gsub === undefined || gpos === undefined) return undefined;
  return { gsub, gpos };
}

/** fontkit's selectScript without a language: the script's entry, else DFLT, dflt or latn; its default language's features. */
function featuresFor(table: LayoutTable, script: string): Map<string, { lookupListIndexes: number[] }> | undefined {
  if (table.featureVariations) return undefined;
  const entry = [script, 'DFLT', 'dflt', 'latn'].map((tag) => table.scriptList.find((candidate) => candidate.tag === tag)).find((found) => found !== undefined);
  if (entry === undefined) return undefined;
  const features = new Map<string, { lookupListIndexes: number[] }>();
  for (const index of entry.script.defaultLangSys?.featureIndexes ?? []) {
    const record = table.featureList[index];
    if (record !== undefined) features.set(record.tag, record.feature);
  }
  return features;
}

function stepsFor(table: LayoutTable, script: string, tables: Tables, kind: 'GSUB' | 'GPOS'): Step[] | undefined {
  const features = featuresFor(table, script);
  if (features === undefined) return undefined;
  // As fontkit's lookupsForFeatures: feature by feature, then sorted (stably) by lookup index.
  const entries: { feature: string; index: number }[] = [];
  for (const feature of PLAN_ORDER) for (const index of features.get(feature)?.lookupListIndexes ?? []) entries.push({ feature, index });
  entries.sort((a, b) => a.index - b.index);
  const steps: Step[] = [];
  for (const { feature, index } of entries) {
    if (LOCAL_FEATURES.includes(feature)) continue;
    const step = stepFor(table.lookupList.get(index), tables, kind);
    if (step === undefined) return undefined;
    steps.push(step);
  }
  return steps;
}

/** The flags that make fontkit skip glyphs (right-to-left only matters to cursive attachment). */
const SKIPPING_FLAGS = ['ignoreBaseGlyphs', 'ignoreLigatures', 'ignoreMarks', 'useMarkFilteringSet'];

function stepFor(lookup: Lookup, tables: Tables, kind: 'GSUB' | 'GPOS'): Step | undefined {
  const extension = kind === 'GSUB' ? 7 : 9;
  const subTables: { type: number; table: SubTable }[] = [];
  for (const table of lookup.subTables) {
    const sub = lookup.lookupType === extension ? { type: table.lookupType ?? 0, table: table.extension } : { type: lookup.lookupType, table };
    if (sub.table === undefined) return undefined;
    subTables.push({ type: sub.type, table: sub.table });
  }
  const skips = lookup.flags.markAttachmentType !== 0 || SKIPPING_FLAGS.some((flag) => lookup.flags.flags[flag] === true);
  const type = subTables[0]?.type;
  if (subTables.some((sub) => sub.type !== type)) return undefined;
  if (!skips && kind === 'GSUB' && type === 4) {
    const ligatures: Extract<Step, { kind: 'ligature' }>['subTables'] = [];
    for (const { table } of subTables) {
      if (table.coverage === undefined || table.ligatureSets === undefined) return undefined;
      ligatures.push({ coverage: tables.coverage(table.coverage), sets: table.ligatureSets });
    }
    return { kind: 'ligature', subTables: ligatures };
  }
  if (!skips && kind === 'GPOS' && type === 2) {
    const pairs: PairSubTable[] = [];
    for (const { table } of subTables) {
      if (table.coverage === undefined) return undefined;
      const coverage = tables.coverage(table.coverage);
      if (table.version === 1 && table.pairSets !== undefined) pairs.push({ version: 1, coverage, sets: table.pairSets });
      else if (table.version === 2 && table.classDef1 !== undefined && table.classDef2 !== undefined && table.classRecords !== undefined) {
        pairs.push({ version: 2, coverage, class1: tables.classes(table.classDef1), class2: tables.classes(table.classDef2), records: table.classRecords });
      } else return undefined;
    }
    return { kind: 'pair', subTables: pairs };
  }
  const glyphs = new Uint8Array(tables.size);
  for (const { type: subType, table } of subTables) {
    const first = firstCoverage(subType, table, kind);
    if (first === undefined) return undefined;
    tables.mark(first, glyphs);
  }
  const contextual = kind === 'GSUB' ? [5, 6] : [7, 8];
  return !skips && type !== undefined && contextual.includes(type) ? { kind: 'other', glyphs, contexts: subTables } : { kind: 'other', glyphs };
}

/** The coverage the current glyph must be in for a subtable to do anything. */
function firstCoverage(type: number, table: SubTable, kind: 'GSUB' | 'GPOS'): Coverage | undefined {
  const [context, chained] = kind === 'GSUB' ? [5, 6] : [7, 8];
  if (type === context && table.version === 3) return table.coverages?.[0];
  if (type === chained && table.version === 3) return table.inputCoverage?.[0];
  if (kind === 'GPOS' && (type === 4 || type === 5)) return table.markCoverage;
  if (kind === 'GPOS' && type === 6) return table.mark1Coverage;
  return table.coverage;
}

/** Whether a lookup not done here would act on the word: then fontkit shapes it. */
function acts(step: Extract<Step, { kind: 'other' }>, glyphs: readonly { id: number }[], tables: Tables): boolean {
  for (let i = 0; i < glyphs.length; i++) {
    const id = glyphs[i]?.id ?? 0;
    if (step.glyphs[id] !== 1) continue;
    if (step.contexts === undefined) return true;
    for (const { type, table } of step.contexts) if (contextMatches(type, table, glyphs, i, tables)) return true;
  }
  return false;
}

/**
 * fontkit's applyContext / applyChainingContext up to the point where a rule matches at glyph `i`
 * (nothing skipped: the lookup has no flags). As fontkit does, a backtrack is compared from its
 * first glyph forwards, starting as many glyphs back as it is long.
 */
function contextMatches(type: number, table: SubTable, glyphs: readonly { id: number }[], i: number, tables: Tables): boolean {
  const id = glyphs[i]?.id ?? 0;
  const sequence = <T>(start: number, items: readonly T[] | undefined, test: (item: T, glyph: number) => boolean) =>
    (items ?? []).every((item, k) => {
      const glyph = glyphs[i + start + k];
      return glyph !== undefined && test(item, glyph.id);
    });
  const sameGlyph = (component: number, glyph: number) => component === glyph;
  const inClass = (classDef: ClassDef | undefined) => (value: number, glyph: number) => classDef !== undefined && value === (tables.classes(classDef)[glyph] ?? 0);
  const covers = (coverage: Coverage, glyph: number) => (tables.coverage(coverage)[glyph] ?? -1) >= 0;
  const covered = table.coverage === undefined ? -1 : (tables.coverage(table.coverage)[id] ?? -1);
  // fontkit throws on a missing glyph or class rule set: such a word is left to it.
  const missing = true;
  const chained = type === 6 || type === 8;
  if (table.version === 1) {
    if (covered === -1) return false;
    if (chained) {
      const rules = table.chainRuleSets?.[covered];
      if (!rules) return missing;
      return rules.some((rule) => sequence(-rule.backtrack.length, rule.backtrack, sameGlyph) && sequence(1, rule.input, sameGlyph) && sequence(1 + rule.input.length, rule.lookahead, sameGlyph));
    }
    const rules = table.ruleSets?.[covered];
    if (!rules) return missing;
    return rules.some((rule) => sequence(1, rule.input, sameGlyph));
  }
  if (table.version === 2) {
    if (covered === -1) return false;
    if (chained) {
      const rules = table.inputClassDef === undefined ? undefined : table.chainClassSet?.[tables.classes(table.inputClassDef)[id] ?? 0];
      if (!rules) return false;
      return rules.some(
        (rule) =>
          sequence(-rule.backtrack.length, rule.backtrack, inClass(table.backtrackClassDef)) &&
          sequence(1, rule.input, inClass(table.inputClassDef)) &&
          sequence(1 + rule.input.length, rule.lookahead, inClass(table.lookaheadClassDef)),
      );
    }
    const rules = table.classDef === undefined ? undefined : table.classSet?.[tables.classes(table.classDef)[id] ?? 0];
    if (!rules) return missing;
    return rules.some((rule) => sequence(1, rule.classes, inClass(table.classDef)));
  }
  if (chained) return sequence(-(table.backtrackGlyphCount ?? 0), table.backtrackCoverage, covers) && sequence(0, table.inputCoverage, covers) && sequence(table.inputGlyphCount ?? 0, table.lookaheadCoverage, covers);
  return sequence(0, table.coverages, covers);
}

/** GSUB type 4 as fontkit applies it: at each glyph, the first subtable and ligature whose components follow. */
function ligate(glyphs: { id: number; codePoints: number[] }[], step: Extract<Step, { kind: 'ligature' }>): { id: number; codePoints: number[] }[] {
  const out = [...glyphs];
  for (let i = 0; i < out.length; i++) {
    const current = out[i];
    if (current === undefined) break;
    for (const table of step.subTables) {
      const index = table.coverage[current.id] ?? -1;
      if (index === -1) continue;
      const ligature = table.sets.get(index).find((candidate) => candidate.components.every((component, k) => out[i + 1 + k]?.id === component));
      if (ligature === undefined) continue;
      const followers = out.splice(i + 1, ligature.components.length);
      out[i] = { id: ligature.glyph, codePoints: [...current.codePoints, ...followers.flatMap((glyph) => glyph.codePoints)] };
      break;
    }
  }
  return out;
}

/** GPOS type 2 as fontkit applies it: each glyph with the next, the first subtable that covers the pair. False where fontkit would throw. */
function kern(glyphs: Glyph[], positions: Position[], step: Extract<Step, { kind: 'pair' }>): boolean {
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const first = glyphs[i]?.id ?? 0;
    const second = glyphs[i + 1]?.id ?? 0;
    for (const table of step.subTables) {
      const index = table.coverage[first] ?? -1;
      if (index === -1) continue;
      // Class-based pairs apply once the first glyph is covered, class 0 included, as in fontkit.
      const pair = table.version === 1 ? table.sets.get(index).find((candidate) => candidate.secondGlyph === second) : table.records.get(table.class1[first] ?? 0)?.get(table.class2[second] ?? 0);
      if (pair === undefined) {
        if (table.version === 1) continue;
        return false;
      }
      adjust(positions[i], pair.value1);
      adjust(positions[i + 1], pair.value2);
      break;
    }
  }
  return true;
}

function adjust(position: Position | undefined, value: ValueRecord): void {
  if (position === undefined) return;
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}

/** Coverages and class definitions as arrays by glyph id, each made once per process. */
class Tables {
  readonly size: number;
  private readonly coverages = new WeakMap<Coverage, Int32Array>();
  private readonly classDefs = new WeakMap<ClassDef, Int32Array>();

  constructor(numGlyphs: number) {
    this.size = numGlyphs + 1;
  }

  /** Glyph id → coverage index (−1 where not covered), as fontkit's coverageIndex computes it. */
  coverage(coverage: Coverage): Int32Array {
    let table = this.coverages.get(coverage);
    if (table !== undefined) return table;
    table = new Int32Array(this.size).fill(-1);
    if (coverage.version === 1) {
      // indexOf: the first occurrence wins.
      for (let index = 0; index < coverage.glyphs.length; index++) {
        const glyph = coverage.glyphs[index] ?? 0;
        if (glyph < this.size && table[glyph] === -1) table[glyph] = index;
      }
    } else {
      // The first range that holds a glyph wins.
      for (const range of coverage.rangeRecords) {
        for (let glyph = range.start; glyph <= Math.min(range.end, this.size - 1); glyph++) if (table[glyph] === -1) table[glyph] = range.startCoverageIndex + glyph - range.start;
      }
    }
    this.coverages.set(coverage, table);
    return table;
  }

  /** Sets `into[glyph]` to 1 for each glyph the coverage holds: the glyphs `coverage` gives an index, without sweeping every glyph id. */
  mark(coverage: Coverage, into: Uint8Array): void {
    if (coverage.version === 1) {
      for (const glyph of coverage.glyphs) if (glyph < this.size) into[glyph] = 1;
    } else {
      for (const range of coverage.rangeRecords) into.fill(1, range.start, Math.min(range.end, this.size - 1) + 1);
    }
  }

  /** Glyph id → class (0 where none), as fontkit's getClassID computes it. */
  classes(classDef: ClassDef): Int32Array {
    let table = this.classDefs.get(classDef);
    if (table !== undefined) return table;
    table = new Int32Array(this.size);
    if (classDef.version === 1) {
      for (let i = 0; i < classDef.classValueArray.length; i++) {
        const glyph = classDef.startGlyph + i;
        if (glyph >= 0 && glyph < this.size) table[glyph] = classDef.classValueArray[i] ?? 0;
      }
    } else {
      const seen = new Uint8Array(this.size);
      for (const range of classDef.classRangeRecord) {
        for (let glyph = range.start; glyph <= Math.min(range.end, this.size - 1); glyph++) {
          if (seen[glyph] === 1) continue;
          seen[glyph] = 1;
          table[glyph] = range.class;
        }
      }
    }
    this.classDefs.set(classDef, table);
    return table;
  }
}
