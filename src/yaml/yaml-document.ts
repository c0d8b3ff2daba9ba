/**
 * YAML text → plain data plus a way back to line:column for any path inside it.
 * Pure: takes text, returns data and problems; the caller reads the file. Hostile input (alias
 * bombs, duplicate keys, binary, huge files) becomes a located problem, never an exception.
 */
import type { Document, Node } from 'yaml';
import { yaml } from './yaml-library.js';
import { readYamlSubset, type SubsetNode } from './yaml-subset.js';
import type { CodedParams, Problem } from '../problems/problem.js';
import type { ParamsTable, ProblemOf } from '../i18n/message-map.js';
import type { yamlMessages, YamlCode, YamlParams } from './yaml-messages.js';

/** Larger than any sensible catalogue or answers file; a policy file of 2 MiB is a mistake or an attack. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** How a YAML file is read from disk (see `readUserFile`): refused with the same problem as too-large bytes. */
export const YAML_FILE_LIMIT = { maxBytes: MAX_YAML_BYTES, tooLargeCode: 'yaml-too-large' satisfies YamlCode } as const;
/** Aliases are legal YAML but no catalogue needs many; this stops "billion laughs" expansion. */
const MAX_ALIAS_COUNT = 100;
/**
 * What one document may hold, far beyond any real catalogue or answers file (the bundled catalogue
 * as a whole: ~5,400 values, nesting 8, longest text 784 characters, longest list 73 items), so that
 * a crafted file is refused at once instead of exhausting memory further down.
 */
export const YAML_LIMITS = { depth: 32, values: 50_000, items: 5_000, textLength: 10_000 } as const;
/** Leading spaces on one line: eight per level at the deepest nesting allowed. */
const MAX_INDENT = 8 * YAML_LIMITS.depth;

export interface YamlDocument {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value at a JSON-pointer-like path, or of the nearest ancestor that exists. */
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): { line: number; column: number };
}

export interface YamlParseOptions {
  /** `false` reads with the library even when the text is in the subset: for tests that compare the two. */
  subset?: boolean;
}

export interface YamlReadResult {
  document?: YamlDocument;
  problems: Problem[];
}

/**
 * Parses YAML bytes. `file` is only used to label problems.
 * @example
 * const { document, problems } = parseYamlDocument(readFileSync(path), path);
 * if (document) document.locate(['requirements', 2, 'id']); // { line: 40, column: 9 }
 */
export function parseYamlDocument(bytes: Uint8Array, file: string, options: YamlParseOptions = {}): YamlReadResult {
  if (bytes.byteLength > MAX_YAML_BYTES) {
    return fail('yaml-too-large', file, { size: bytes.byteLength, limit: MAX_YAML_BYTES });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('yaml-not-utf8', file, {});
  }
  if (text.includes('\u0000')) return fail('yaml-binary', file, {});
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const beyondText = textBeyondLimits(text);
  if (beyondText !== undefined) {
    return { problems: [{ code: 'yaml-limit', severity: 'error', file, line: beyondText.line, column: 1, params: { what: beyondText.what, limit: beyondText.limit } } satisfies ProblemOf<typeof yamlMessages>] };
  }

  // Files in the plain subset (every bundled catalogue file) skip the library: same data, same offsets.
  const read = options.subset === false ? undefined : readYamlSubset(text);
  const parsed = read ? { data: read.data, locate: locateInSubset(read.root, linePositions(text)) } : parseWithLibrary(text, file);
  if ('problems' in parsed) return parsed;
  const { data, locate } = parsed;

  const beyond = firstBeyondLimits(data);
  if (beyond !== undefined) {
    const { line, column } = locate(beyond.path, beyond.at);
    return { problems: [{ code: beyond.code, severity: 'error', file, line, column, params: beyond.params }] };
  }
  return { document: { file, data, locate }, problems: [] };
}

type Parsed = { data: unknown; locate: YamlDocument['locate'] } | { problems: Problem[] };

/** The `yaml` library's reading, for every file outside the subset: it judges every syntax error. */
function parseWithLibrary(text: string, file: string): Parsed {
  const { isAlias, isCollection, isDocument, isMap, isPair, isScalar, LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // logLevel 'error': the library must not print warnings of its own (they can quote a value).
    // Duplicate keys are found below in one pass; the library's own check is quadratic.
    doc = parseDocument(text, { lineCounter, keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  } catch (error) {
    return fail('yaml-syntax', file, { kind: 'other', detail: firstLine(error instanceof Error ? error.message : String(error)) });
  }
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const said = new Set<string>();
  const syntax = doc.errors.map((error) => {
    const kind = syntaxKind(error.code, error.message);
    return { error, kind, start: error.code === 'DUPLICATE_KEY' ? error.pos[0] : syntaxStart(doc, text, kind, error.pos[0]) };
  });
  // A quote never closed runs to the end of the file and takes the closing bracket of any list or
  // object opened before it along: that list or object is the quote's mistake, not one of its own.
  const quotes = syntax.filter((s) => s.kind === 'unclosed-quote').map((s) => s.start);
  const quoteAt = quotes.length > 0 ? Math.min(...quotes) : -1;
  const problems: Problem[] = syntax.flatMap(({ error, kind, start }): ProblemOf<typeof yamlMessages>[] => {
    const detail = firstLine(error.message);
    if (error.code === 'DUPLICATE_KEY') return [{ code: 'yaml-duplicate-key', severity: 'error', file, ...position(start), params: { detail } }];
    if (kind === 'unclosed-flow' && start < quoteAt) return [];
    const at = position(start);
    // The library can find one mistake twice at one place (two of its checks); say it once.
    const key = `${at.line}:${at.column}:${kind}:${kind === 'other' ? detail : ''}`;
    if (said.has(key)) return [];
    said.add(key);
    return [{ code: 'yaml-syntax', severity: 'error', file, ...at, params: { kind, detail } }];
  });
  if (problems.length > 0) return { problems };

  // Keys as JavaScript will see them: an alias key is its anchor's value, and keys that only differ
  // as YAML types (`1` and `'1'`) collide, so a hidden second value can never silently win.
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) problems.push(located('yaml-undefined-alias', alias.range?.[0] ?? 0, { name: alias.source }));
    },
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
        const offset = (pair.key as Node | null)?.range?.[0] ?? map.range?.[0] ?? 0;
        if (key !== undefined && key !== null && !isScalar(key)) problems.push(located('yaml-complex-key', offset, {}));
        else if (key !== undefined) {
          const name = String(key === null ? null : key.value);
          if (seen.has(name)) problems.push(located('yaml-duplicate-key', offset, { detail: name }));
          seen.add(name);
        }
      }
    },
  });
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const code: 'yaml-alias-limit' | 'yaml-syntax' = /excessive alias count/i.test(detail) ? 'yaml-alias-limit' : 'yaml-syntax';
    return fail(code, file, { kind: 'other', detail: firstLine(detail), limit: MAX_ALIAS_COUNT });
  }
  if (data === null || data === undefined) return fail('yaml-empty', file, {});

  const locate: YamlDocument['locate'] = (path, at = 'value') => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (!isCollection(node)) break;
      const pair = isMap(node) ? node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) : undefined;
      const next = isMap(node) ? (pair && isPair(pair) ? pair.value : undefined) : node.get(Number(segment), true);
      if (next === undefined || next === null) break;
      keyNode = pair && isPair(pair) ? pair.key : undefined;
      node = next;
    }
    const target = at === 'key' && keyNode ? keyNode : node;
    const range = (target as Node | undefined)?.range ?? (isDocument(doc) ? doc.range : undefined);
    return position(range?.[0] ?? 0);
  };

  return { data, locate };

  function located<Code extends YamlCode>(code: Code, offset: number, params: YamlParams<Code>): Problem {
    return { code, severity: 'error', file, ...position(offset), params };
  }
}

/**
 * What kind of syntax error the library found, by its `code` and, where one code covers several
 * mistakes (MISSING_CHAR), its message: each kind has its own words in the message maps; 'other' is
 * said with the library's own (English) first line.
 */
function syntaxKind(code: string, message: string): SyntaxKind {
  switch (code) {
    case 'MISSING_CHAR':
      if (/^Missing closing .?quote/.test(message)) return 'unclosed-quote';
      if (/followed by map values/.test(message)) return 'missing-colon';
      if (/^Missing ,/.test(message)) return 'missing-comma';
      if (/^Missing space after :/.test(message)) return 'missing-space';
      if (/^Comments must be separated/.test(message)) return 'comment-space';
      return 'other';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'missing-colon';
    case 'BAD_INDENT':
      return /^Flow (sequence|map)/.test(message) ? 'unclosed-flow' : 'bad-indent';
    case 'TAB_AS_INDENT':
      return 'tab-indent';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'nested-compact';
    case 'BLOCK_IN_FLOW':
      return 'block-in-flow';
    case 'MULTIPLE_DOCS':
      return 'multiple-documents';
    case 'BAD_DQ_ESCAPE':
      return 'bad-escape';
    case 'BAD_SCALAR_START':
      return 'bad-start';
    case 'UNEXPECTED_TOKEN':
      return 'unexpected';
    case 'KEY_OVER_1024_CHARS':
      return 'long-key';
    default:
      return 'other';
  }
}

/** The kinds of YAML syntax error PKVW-light words itself (yaml-messages.ts). */
export type SyntaxKind =
  | 'unclosed-quote'
  | 'missing-colon'
  | 'missing-comma'
  | 'missing-space'
  | 'comment-space'
  | 'unclosed-flow'
  | 'bad-indent'
  | 'tab-indent'
  | 'nested-compact'
  | 'block-in-flow'
  | 'multiple-documents'
  | 'bad-escape'
  | 'bad-start'
  | 'unexpected'
  | 'long-key'
  | 'other';

/**
 * Where a syntax error starts. A quote, list or object never closed is reported by the library where
 * it gave up (the end of the file, past its last line, or the next key); the user needs the opening
 * quote or bracket, where the words "hier begint" point. Any other position past the end is pulled
 * back onto the last character of the file.
 */
function syntaxStart(doc: Document.Parsed, text: string, kind: SyntaxKind, offset: number): number {
  let opening: number | undefined;
  const open = (node: { range?: [number, number, number] | null }) => {
    const range = node.range;
    // The innermost one around the place the library gave up (the visit goes outside in).
    if (range && range[0] < offset && range[1] >= offset) opening = range[0];
  };
  if (kind === 'unclosed-quote') {
    yaml().visit(doc, { Scalar: (_, scalar) => void (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? open(scalar) : undefined) });
  } else if (kind === 'unclosed-flow') {
    yaml().visit(doc, { Map: (_, map) => void (map.flow === true ? open(map) : undefined), Seq: (_, seq) => void (seq.flow === true ? open(seq) : undefined) });
  }
  if (opening !== undefined) return opening;
  const last = text.trimEnd().length - 1;
  return offset > last ? Math.max(0, last) : offset;
}

/** `locate` over the subset reader's nodes, as the library's `locate` walks its document. */
function locateInSubset(root: SubsetNode, position: (offset: number) => { line: number; column: number }): YamlDocument['locate'] {
  return (path, at = 'value') => {
    let node = root;
    let keyOffset: number | undefined;
    for (const segment of path) {
      if (node.kind === 'leaf') break;
      let next: SubsetNode | undefined;
      let key: number | undefined;
      if (node.kind === 'map') {
        const i = node.keys.indexOf(String(segment));
        next = node.values[i];
        key = node.keyOffsets[i];
      } else {
        const index = Number(segment);
        next = Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
      }
      if (next === undefined) break;
      keyOffset = key;
      node = next;
    }
    return position(at === 'key' && keyOffset !== undefined ? keyOffset : node.offset);
  };
}

/** Offset → 1-based line and column, as the library's LineCounter counts; the line starts are found on first use. */
function linePositions(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, column: 1 };
    return { line: low, column: offset - starts[low - 1]! + 1 };
  };
}

/**
 * A cheap look at the text before the parser sees it: the parser recurses per level and builds a
 * regular expression per indentation, so a 2 MiB file of brackets or indentation would take
 * seconds and a gigabyte. Over-counting brackets or separators inside quoted text only errs on
 * the safe side, at sizes no real file comes near.
 */
function textBeyondLimits(text: string): { line: number; what: string; limit: number } | undefined {
  return mayBeBeyondLimits(text) ? firstTextBeyondLimits(text) : undefined;
}

/**
 * Whether `textBeyondLimits` could find anything, with native searches instead of a loop per
 * character (cold, that loop runs interpreted): no more separators than characters, a line indented
 * too deep, or brackets nested too deep (only the brackets are visited).
 */
function mayBeBeyondLimits(text: string): boolean {
  if (text.length > 2 * YAML_LIMITS.values || TOO_DEEP_INDENT.test(text)) return true;
  let depth = 0;
  BRACKET.lastIndex = 0;
  for (let match = BRACKET.exec(text); match !== null; match = BRACKET.exec(text)) {
    const c = match[0];
    if (c === '[' || c === '{') {
      if (++depth > 2 * YAML_LIMITS.depth) return true;
    } else if (depth > 0) depth--;
  }
  return false;
}

const TOO_DEEP_INDENT = new RegExp(`^ {${MAX_INDENT + 1}}`, 'm');
const BRACKET = /[[\]{}]/g;

function firstTextBeyondLimits(text: string): { line: number; what: string; limit: number } | undefined {
  let line = 1;
  let separators = 0;
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44 || c === 58 || c === 45) {
      // Newline, comma, colon, dash: every value needs one; twice the value limit bounds the parse.
      if (++separators > 2 * YAML_LIMITS.values) return { line, what: 'values', limit: YAML_LIMITS.values };
    }
    if (c === 10) {
      line++;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (atLineStart && c === 32) {
      if (++indent > MAX_INDENT) return { line, what: 'depth', limit: YAML_LIMITS.depth };
      continue;
    }
    atLineStart = false;
    if (c === 91 || c === 123) {
      if (++depth > 2 * YAML_LIMITS.depth) return { line, what: 'depth', limit: YAML_LIMITS.depth };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** A limit broken or a text refused, with the parameters its message reads. */
type BeyondCode = CodedParams<ParamsTable<typeof yamlMessages>, 'yaml-limit' | 'yaml-not-unicode' | 'yaml-control-character'>;
type Beyond = BeyondCode & { path: (string | number)[]; at: 'key' | 'value' };

/**
 * The first place the data breaks a limit or is not well-formed Unicode (a lone surrogate such as
 * `"\ud800"` is valid YAML but no text: it would break hashing and output further on), or holds a
 * control character. Each value is visited with its parent and key, so a path is only built for
 * the one problem found, not for each of thousands of values.
 */
function firstBeyondLimits(data: unknown): Beyond | undefined {
  const values: unknown[] = [data];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [''];
  const depths: number[] = [0];
  const stack: number[] = [0];
  const pathOf = (i: number): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let j = i; parents[j]! >= 0; j = parents[j]!) path.push(keys[j]!);
    return path.reverse();
  };
  const visit = (value: unknown, parent: number, key: string | number, depth: number) => {
    stack.push(values.length);
    values.push(value);
    parents.push(parent);
    keys.push(key);
    depths.push(depth);
  };
  let count = 0;
  while (stack.length > 0) {
    const i = stack.pop()!;
    const value = values[i];
    const depth = depths[i]!;
    if (++count > YAML_LIMITS.values) return { code: 'yaml-limit', path: pathOf(i), at: 'value', params: { what: 'values', limit: YAML_LIMITS.values } };
    if (depth > YAML_LIMITS.depth) return { code: 'yaml-limit', path: pathOf(i), at: 'value', params: { what: 'depth', limit: YAML_LIMITS.depth } };
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { ...problem, path: pathOf(i), at: 'value' };
    } else if (Array.isArray(value)) {
      if (value.length > YAML_LIMITS.items) return { code: 'yaml-limit', path: pathOf(i), at: 'value', params: { what: 'items', limit: YAML_LIMITS.items } };
      for (let index = 0; index < value.length; index++) visit(value[index], i, index, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      const names = Object.keys(value);
      if (names.length > YAML_LIMITS.items) return { code: 'yaml-limit', path: pathOf(i), at: 'value', params: { what: 'items', limit: YAML_LIMITS.items } };
      for (const name of names) {
        const problem = textProblem(name);
        if (problem) return { ...problem, path: [...pathOf(i), name], at: 'key' };
        visit((value as Record<string, unknown>)[name], i, name, depth + 1);
      }
    }
  }
  return undefined;
}

// C0 but tab and line feed, DEL, C1, and the bidirectional marks and overrides: no text an answers
// file, state file, catalogue or model holds needs them, and shown back they move the cursor,
// recolour the terminal or reverse what a reader sees.
// eslint-disable-next-line no-control-regex -- exactly the characters to refuse
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why a text cannot be in a YAML file we read (not well-formed Unicode, a control character, too long): what a front end checks before writing one. */
export function textProblem(text: string): BeyondCode | undefined {
  if (!text.isWellFormed()) return { code: 'yaml-not-unicode', params: {} };
  if (CONTROL.test(text)) return { code: 'yaml-control-character', params: {} };
  if (text.length > YAML_LIMITS.textLength) return { code: 'yaml-limit', params: { what: 'textLength', limit: YAML_LIMITS.textLength } };
  return undefined;
}

function fail<Code extends YamlCode>(code: Code, file: string, params: YamlParams<Code>): YamlReadResult {
  return { problems: [{ code, severity: 'error', file, line: 1, column: 1, params }] };
}

/**
 * The parser's message without what it quotes from the file: it may quote a token of the input
 * ("… token in YAML stream: \"heemraad\""), and in an answers or state file that is an answer.
 */
function firstLine(message: string): string {
  const line = message.split('\n')[0]!;
  const quote = line.search(/["'`]/);
  return (quote < 0 ? line : line.slice(0, quote)).replace(/[\s:]+$/, '').trim();
}
