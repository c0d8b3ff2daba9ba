/**
 * YAML text → plain data plus a way back to line:column for any path inside it.
 * Pure: takes text, returns data and problems; the caller reads the file. Hostile input (alias
 * bombs, duplicate keys, binary, huge files) becomes a located problem, never an exception.
 */
import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type * as YamlLibrary from 'yaml';

// Loaded on first parse, not on import: a catalogue answered from the parse cache never needs the
// library, and `spec validate` start-up is measured against a bare `node -e ""`.
let yamlLibrary: typeof YamlLibrary | undefined;
function yaml(): typeof YamlLibrary {
  yamlLibrary ??= createRequire(import.meta.url)('yaml') as typeof YamlLibrary;
  return yamlLibrary;
}
import type { Problem } from '../problems/problem.js';

/** Larger than any sensible catalogue or answers file; a policy file of 2 MiB is a mistake or an attack. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** How a YAML file is read from disk (see `readUserFile`): refused with the same problem as too-large bytes. */
export const YAML_FILE_LIMIT = { maxBytes: MAX_YAML_BYTES, tooLargeCode: 'yaml-too-large' } as const;
/** Aliases are legal YAML but no catalogue needs many; this stops "billion laughs" expansion. */
const MAX_ALIAS_COUNT = 100;

export interface YamlDocument {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value at a JSON-pointer-like path, or of the nearest ancestor that exists. */
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): { line: number; column: number };
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
export function parseYamlDocument(bytes: Uint8Array, file: string): YamlReadResult {
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

  const { isCollection, isDocument, isMap, isPair, isScalar, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return fail('yaml-syntax', file, { detail: error instanceof Error ? error.message : String(error) });
  }
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const problems: Problem[] = doc.errors.map((error) => {
    const at = position(error.pos[0]);
    const code = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    return { code, severity: 'error', file, ...at, params: { detail: firstLine(error.message) } };
  });
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const code = /alias/i.test(detail) ? 'yaml-alias-limit' : 'yaml-syntax';
    return fail(code, file, { detail: firstLine(detail), limit: MAX_ALIAS_COUNT });
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

  return { document: { file, data, locate }, problems: [] };
}

function fail(code: string, file: string, params: Problem['params']): YamlReadResult {
  return { problems: [{ code, severity: 'error', file, line: 1, column: 1, params }] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
