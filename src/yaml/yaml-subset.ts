/**
 * A one-pass reader for the plain subset of YAML that catalogue, answers and state files are
 * written in: block maps and sequences, plain, quoted and block scalars, one-line flow collections,
 * comments, and anchors with aliases. It returns exactly what the `yaml` library would (the same
 * data, the same start offset for every node) or `undefined` for anything else, and the library
 * then reads the file as before: every error, and every construct this reader does not know, is
 * still the library's to judge. Why: the library takes ~250 ms (cold) for the 215 KB bundled
 * catalogue and ~55 ms to load; this reader takes a tenth of that.
 * Pure: text in, data out; no messages, so nothing read can leak into one.
 */

/** Where a node starts, and its children, as `locate` needs them: a scalar or alias is a leaf. */
export type SubsetNode =
  | { kind: 'leaf'; offset: number }
  | { kind: 'map'; offset: number; keys: string[]; keyOffsets: number[]; values: SubsetNode[] }
  | { kind: 'seq'; offset: number; items: SubsetNode[] };

export interface SubsetDocument {
  data: unknown;
  root: SubsetNode;
}

/** The library's own limit on aliases per anchor (`maxAliasCount` in yaml-document.ts). */
const MAX_ALIASES = 100;
/** The library refuses implicit keys longer than this. */
const MAX_KEY_LENGTH = 1024;

/**
 * Characters the subset leaves to the library: tab and carriage return (indentation and line
 * rules), the control and bidirectional characters the library or our checks refuse with a
 * located error, Unicode line separators and a byte-order mark inside the text.
 */
// eslint-disable-next-line no-control-regex -- exactly the characters to leave to the library
const OUTSIDE_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;
const KEY = /[A-Za-z_][A-Za-z0-9_.\-/]*/y;
const ANCHOR = /[A-Za-z0-9_-]+/y;
/** Keys that would not resolve to the same string (`true:` is a boolean key) are left to the library. */
const NON_STRING_KEY = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A plain scalar in a flow collection runs up to one of these (see `flowPlain`). */
const FLOW_PLAIN = /[^,\]}\n:[{]*/y;
/** Characters that cannot start a plain scalar here: YAML's indicators (`-` only before a space). */
const INDICATORS = new Set([...'#&*!|>\'"%@`,[]{}?:-'].map((c) => c.charCodeAt(0)));
const isIndicator = (code: number) => INDICATORS.has(code);

/** Thrown inside the reader and caught at its top: the text is not in the subset. */
const OUTSIDE = Symbol('outside the subset');

/**
 * The data and node offsets of `text`, or `undefined` when it is not in the subset.
 * @example
 * readYamlSubset('a: [1, b]\n'); // { data: { a: [1, 'b'] }, root: { kind: 'map', offset: 0, … } }
 */
export function readYamlSubset(text: string): SubsetDocument | undefined {
  if (OUTSIDE_CHARACTERS.test(text)) return undefined;
  try {
    return new SubsetReader(text).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

interface Read {
  value: unknown;
  node: SubsetNode;
  /** Start of the first line not consumed (a line start, or the text's length). */
  next: number;
}

class SubsetReader {
  private readonly anchors = new Map<string, { value: unknown; aliases: number }>();
  /** Inside an anchored node no alias may appear: the library counts those differently. */
  private anchoredDepth = 0;

  constructor(private readonly text: string) {}

  document(): SubsetDocument {
    const start = this.nextContentLine(0);
    if (start < 0 || this.text.charCodeAt(start) === 32 || !this.keyAt(start)) throw OUTSIDE;
    const { value, node, next } = this.blockMap(start, 0);
    if (this.nextContentLine(next) >= 0) throw OUTSIDE;
    return { data: value, root: node };
  }

  /** The block map whose first key is at `start`, in column `indent`. */
  private blockMap(start: number, indent: number): Read {
    const { text } = this;
    const map: Record<string, unknown> = {};
    const node: SubsetNode & { kind: 'map' } = { kind: 'map', offset: start, keys: [], keyOffsets: [], values: [] };
    let p = start;
    for (;;) {
      const colon = this.keyAt(p);
      if (colon === 0) throw OUTSIDE;
      const key = text.slice(p, colon);
      if (Object.prototype.hasOwnProperty.call(map, key)) throw OUTSIDE;
      const read = this.blockValue(colon + 1, indent, true);
      setKey(map, key, read.value);
      node.keys.push(key);
      node.keyOffsets.push(p);
      node.values.push(read.node);
      const line = this.nextContentLine(read.next);
      if (line < 0) return { value: map, node, next: text.length };
      const at = this.indentOf(line);
      if (at < indent) return { value: map, node, next: line };
      if (at > indent) throw OUTSIDE;
      p = line + at;
    }
  }

  /** The block sequence whose first `-` is at `start`, in column `indent`. */
  private blockSeq(start: number, indent: number): Read {
    const items: unknown[] = [];
    const node: SubsetNode & { kind: 'seq' } = { kind: 'seq', offset: start, items: [] };
    let p = start;
    for (;;) {
      const read = this.seqEntry(p + 1, indent);
      items.push(read.value);
      node.items.push(read.node);
      const line = this.nextContentLine(read.next);
      if (line < 0) return { value: items, node, next: this.text.length };
      const at = this.indentOf(line);
      if (at > indent) throw OUTSIDE;
      if (at < indent || !this.dashAt(line + at)) return { value: items, node, next: line };
      p = line + at;
    }
  }

  /** After a `-`: a compact map (`- id: x`) or any value. */
  private seqEntry(p: number, indent: number): Read {
    const q = this.skipSpaces(p);
    if (q > p && this.keyAt(q) !== 0) return this.blockMap(q, q - this.lineStart(q));
    return this.blockValue(p, indent, false);
  }

  /**
   * The value after `key:` or `-` at `p` (same line), in a collection at column `indent`. A map's
   * value may be a sequence at the map's own column (`key:` then `- x`), a sequence entry's not.
   */
  private blockValue(p: number, indent: number, inMap: boolean): Read {
    const { text } = this;
    let q = this.skipSpaces(p);
    if (q === p && !this.atLineEnd(q)) throw OUTSIDE;
    let anchor: string | undefined;
    if (text[q] === '&') {
      anchor = this.name(q + 1);
      const after = q + 1 + anchor.length;
      q = this.skipSpaces(after);
      if (q === after && !this.atLineEnd(q)) throw OUTSIDE;
      if (this.anchors.has(anchor)) throw OUTSIDE;
      this.anchoredDepth++;
    }
    let read: Read;
    if (this.atLineEnd(q) || (text[q] === '#' && q > p)) {
      const line = this.nextContentLine(this.lineEndOf(q) + 1);
      if (line < 0) throw OUTSIDE;
      const at = this.indentOf(line);
      const dash = this.dashAt(line + at);
      if (at > indent) read = dash ? this.blockSeq(line + at, at) : this.keyAt(line + at) !== 0 ? this.blockMap(line + at, at) : this.fail();
      else if (at === indent && inMap && dash) read = this.blockSeq(line + at, at);
      else throw OUTSIDE;
    } else {
      const c = text[q];
      if (c === '*') read = this.alias(q, anchor);
      else if (c === '|' || c === '>') read = this.blockScalar(q, indent);
      else if (c === '"' || c === "'" || c === '[' || c === '{') {
        const flow = this.flowValue(q);
        read = { ...flow, next: this.afterLineValue(flow.end) };
      } else read = this.plainScalar(q, indent);
    }
    if (anchor !== undefined) {
      this.anchoredDepth--;
      this.anchors.set(anchor, { value: read.value, aliases: 0 });
    }
    return read;
  }

  private alias(q: number, anchor: string | undefined): Read {
    if (anchor !== undefined || this.anchoredDepth > 0) throw OUTSIDE;
    const name = this.name(q + 1);
    const target = this.anchors.get(name);
    if (target === undefined || ++target.aliases > MAX_ALIASES) throw OUTSIDE;
    return { value: target.value, node: { kind: 'leaf', offset: q }, next: this.afterLineValue(q + 1 + name.length) };
  }

  /** A plain scalar from `q`, folded over more-indented lines that follow it. */
  private plainScalar(q: number, indent: number): Read {
    const { text } = this;
    const c = text.charCodeAt(q);
    if ((c !== 45 && isIndicator(c)) || (c === 45 && (text.charCodeAt(q + 1) === 32 || this.atLineEnd(q + 1)))) throw OUTSIDE;
    const first = this.plainLine(q);
    let value = first.text;
    let next = this.lineEndOf(q) + 1;
    if (!first.comment) {
      let empty = 0;
      for (let line = next; line < text.length; line = this.lineEndOf(line) + 1) {
        const at = this.indentOf(line);
        const end = this.lineEndOf(line);
        if (line + at === end) {
          empty++;
          continue;
        }
        if (at <= indent || text[line + at] === '#') break;
        if (isIndicator(text.charCodeAt(line + at))) throw OUTSIDE;
        const more = this.plainLine(line + at);
        value += empty > 0 ? '\n'.repeat(empty) : ' ';
        value += more.text;
        empty = 0;
        next = end + 1;
        if (more.comment) break;
      }
    }
    return { value: resolvePlain(value), node: { kind: 'leaf', offset: q }, next: Math.min(next, text.length) };
  }

  /**
   * One line of a plain scalar, without trailing spaces and without a ` #` comment. A `: ` or a
   * line-final `:` before the comment is a key the subset does not take. Searched with indexOf, not
   * a loop per character: cold code runs interpreted, and most of a catalogue is plain text.
   */
  private plainLine(q: number): { text: string; comment: boolean } {
    const line = this.text.slice(q, this.lineEndOf(q));
    const hash = line.indexOf(' #');
    const comment = hash >= 0;
    let stop = comment ? hash : line.length;
    const colon = line.indexOf(': ');
    if ((colon >= 0 && colon < stop) || (!comment && line.charCodeAt(line.length - 1) === 58)) throw OUTSIDE;
    while (stop > 0 && line.charCodeAt(stop - 1) === 32) stop--;
    return { text: stop === line.length ? line : line.slice(0, stop), comment };
  }

  /** `|`, `|-`, `>` or `>-` at `q`, its lines indented more than `indent`. */
  private blockScalar(q: number, indent: number): Read {
    const { text } = this;
    const folded = text[q] === '>';
    let h = q + 1;
    const strip = text[h] === '-';
    if (strip) h++;
    const headerEnd = this.skipSpaces(h);
    if (!this.atLineEnd(headerEnd) && !(text[headerEnd] === '#' && headerEnd > h)) throw OUTSIDE;
    const lines: string[] = [];
    let contentIndent = -1;
    let line = this.lineEndOf(q) + 1;
    let leadingSpaces = 0;
    for (; line < text.length; line = this.lineEndOf(line) + 1) {
      const at = this.indentOf(line);
      const end = this.lineEndOf(line);
      if (end === text.length) throw OUTSIDE; // a last line without a line break: left to the library
      if (line + at === end) {
        if (contentIndent < 0) leadingSpaces = Math.max(leadingSpaces, at);
        else if (at > contentIndent) throw OUTSIDE;
        lines.push('');
        continue;
      }
      if (contentIndent < 0) {
        if (at <= indent || leadingSpaces > at) throw OUTSIDE;
        contentIndent = at;
      }
      if (at < contentIndent) break;
      if ((at > contentIndent && folded) || text.charCodeAt(end - 1) === 32) throw OUTSIDE;
      lines.push(text.slice(line + contentIndent, end));
    }
    if (contentIndent < 0) throw OUTSIDE;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const body = folded ? fold(lines) : lines.join('\n');
    return { value: strip ? body : body + '\n', node: { kind: 'leaf', offset: q }, next: Math.min(line, text.length) };
  }

  /** A quoted scalar or a flow collection that closes on its own line. */
  private flowValue(q: number): { value: unknown; node: SubsetNode; end: number } {
    const c = this.text[q];
    if (c === '"') return this.doubleQuoted(q);
    if (c === "'") return this.singleQuoted(q);
    if (c === '{') return this.flowMap(q);
    if (c === '[') return this.flowSeq(q);
    return this.flowPlain(q);
  }

  private flowMap(q: number): { value: unknown; node: SubsetNode; end: number } {
    const { text } = this;
    const map: Record<string, unknown> = {};
    const node: SubsetNode & { kind: 'map' } = { kind: 'map', offset: q, keys: [], keyOffsets: [], values: [] };
    const end = this.flowEntries(q, '}', (p) => {
      const colon = this.keyAt(p);
      if (colon === 0) throw OUTSIDE;
      const key = text.slice(p, colon);
      if (Object.prototype.hasOwnProperty.call(map, key)) throw OUTSIDE;
      const v = this.skipSpaces(colon + 1);
      if (v === colon + 1) throw OUTSIDE;
      const item = this.flowValue(v);
      setKey(map, key, item.value);
      node.keys.push(key);
      node.keyOffsets.push(p);
      node.values.push(item.node);
      return item.end;
    });
    return { value: map, node, end };
  }

  private flowSeq(q: number): { value: unknown; node: SubsetNode; end: number } {
    const items: unknown[] = [];
    const node: SubsetNode & { kind: 'seq' } = { kind: 'seq', offset: q, items: [] };
    const end = this.flowEntries(q, ']', (p) => {
      const item = this.flowValue(p);
      items.push(item.value);
      node.items.push(item.node);
      return item.end;
    });
    return { value: items, node, end };
  }

  /** The entries of the flow collection opened at `q`, each read by `entry` (which returns where it ends), up to `close`; returns the end. */
  private flowEntries(q: number, close: string, entry: (p: number) => number): number {
    const { text } = this;
    let p = this.skipSpaces(q + 1);
    if (text[p] === close) return p + 1;
    for (;;) {
      const after = this.skipSpaces(entry(p));
      if (text[after] === close) return after + 1;
      if (text[after] !== ',') throw OUTSIDE;
      p = this.skipSpaces(after + 1);
    }
  }

  /** A plain scalar inside `[…]` or `{…}`: up to the next `,`, `]` or `}` on the line. */
  private flowPlain(q: number): { value: unknown; node: SubsetNode; end: number } {
    const { text } = this;
    if (q >= text.length || isIndicator(text.charCodeAt(q))) throw OUTSIDE;
    FLOW_PLAIN.lastIndex = q;
    FLOW_PLAIN.test(text);
    const i = FLOW_PLAIN.lastIndex;
    const d = text.charCodeAt(i);
    // It must end at `,`, `]` or `}`; a line break, `:`, `[`, `{` or a comment is not in the subset.
    if ((d !== 44 && d !== 93 && d !== 125) || text.slice(q, i).includes(' #')) throw OUTSIDE;
    let stop = i;
    while (text.charCodeAt(stop - 1) === 32) stop--;
    return { value: resolvePlain(text.slice(q, stop)), node: { kind: 'leaf', offset: q }, end: stop };
  }

  private doubleQuoted(q: number): { value: unknown; node: SubsetNode; end: number } {
    const { text } = this;
    const close = text.indexOf('"', q + 1);
    const lineEnd = this.lineEndOf(q);
    if (close < 0 || close > lineEnd) throw OUTSIDE;
    const plain = text.slice(q + 1, close);
    if (!plain.includes('\\')) return { value: plain, node: { kind: 'leaf', offset: q }, end: close + 1 };
    let value = '';
    let from = q + 1;
    for (let i = q + 1; ; i++) {
      const c = text[i];
      if (c === undefined || c === '\n') throw OUTSIDE;
      if (c === '"') return { value: value + text.slice(from, i), node: { kind: 'leaf', offset: q }, end: i + 1 };
      if (c !== '\\') continue;
      value += text.slice(from, i);
      const e = text[i + 1] ?? '';
      const hex = HEX_LENGTH[e];
      if (hex !== undefined) {
        const digits = text.slice(i + 2, i + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) throw OUTSIDE;
        const code = parseInt(digits, 16);
        if (code > 0x10ffff) throw OUTSIDE;
        value += String.fromCodePoint(code);
        i += 1 + hex;
      } else {
        const escaped = ESCAPES[e];
        if (escaped === undefined) throw OUTSIDE;
        value += escaped;
        i += 1;
      }
      from = i + 1;
    }
  }

  private singleQuoted(q: number): { value: unknown; node: SubsetNode; end: number } {
    const { text } = this;
    const close = text.indexOf("'", q + 1);
    if (close < 0 || close > this.lineEndOf(q)) throw OUTSIDE;
    if (text.charCodeAt(close + 1) !== 39) return { value: text.slice(q + 1, close), node: { kind: 'leaf', offset: q }, end: close + 1 };
    let value = '';
    let from = q + 1;
    for (let i = q + 1; ; i++) {
      const c = text[i];
      if (c === undefined || c === '\n') throw OUTSIDE;
      if (c !== "'") continue;
      value += text.slice(from, i);
      if (text[i + 1] !== "'") return { value, node: { kind: 'leaf', offset: q }, end: i + 1 };
      value += "'";
      i++;
      from = i + 1;
    }
  }

  /** After a value that ends at `p`: only spaces and a comment may follow; returns the next line's start. */
  private afterLineValue(p: number): number {
    const q = this.skipSpaces(p);
    if (!this.atLineEnd(q) && !(this.text[q] === '#' && q > p)) throw OUTSIDE;
    return Math.min(this.lineEndOf(q) + 1, this.text.length);
  }

  /** The end of a `key:` at `p` (the colon's offset), or 0 when there is none. */
  private keyAt(p: number): number {
    KEY.lastIndex = p;
    if (!KEY.test(this.text)) return 0;
    const colon = KEY.lastIndex;
    if (this.text[colon] !== ':' || (this.text[colon + 1] !== ' ' && !this.atLineEnd(colon + 1))) return 0;
    if (colon - p > MAX_KEY_LENGTH || NON_STRING_KEY.test(this.text.slice(p, colon))) return 0;
    return colon;
  }

  private name(p: number): string {
    ANCHOR.lastIndex = p;
    if (!ANCHOR.test(this.text)) throw OUTSIDE;
    return this.text.slice(p, ANCHOR.lastIndex);
  }

  private dashAt(p: number): boolean {
    return this.text[p] === '-' && (this.text[p + 1] === ' ' || this.atLineEnd(p + 1));
  }

  /** The start of the first line at or after the line start `from` with more than spaces or a comment, or -1. */
  private nextContentLine(from: number): number {
    const { text } = this;
    for (let line = from; line < text.length; line = this.lineEndOf(line) + 1) {
      const c = text.charCodeAt(line + this.indentOf(line));
      if (c !== 10 && c !== 35 && line + this.indentOf(line) < text.length) return line;
    }
    return -1;
  }

  private indentOf(line: number): number {
    let i = line;
    while (this.text.charCodeAt(i) === 32) i++;
    return i - line;
  }

  private skipSpaces(p: number): number {
    while (this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  private atLineEnd(p: number): boolean {
    return p >= this.text.length || this.text.charCodeAt(p) === 10;
  }

  private lineEndOf(p: number): number {
    const end = this.text.indexOf('\n', p);
    return end < 0 ? this.text.length : end;
  }

  private lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  private fail(): never {
    throw OUTSIDE;
  }
}

/** As the library's `toJS` sets a key: `__proto__` becomes an own property, not the prototype. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key in map) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** Folded lines: a single line break becomes a space, each empty line a line break. */
function fold(lines: readonly string[]): string {
  let out = '';
  let empty = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      empty++;
      continue;
    }
    out += started ? (empty > 0 ? '\n'.repeat(empty) : ' ') : '\n'.repeat(empty);
    out += line;
    empty = 0;
    started = true;
  }
  return out;
}

/** The YAML 1.2 core schema's resolution of a plain scalar, tested in the library's order. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these can start a null, boolean or number: everything else is text.
  if (!(c === 126 || c === 78 || c === 110 || c === 84 || c === 116 || c === 70 || c === 102 || c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57))) return s;
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
