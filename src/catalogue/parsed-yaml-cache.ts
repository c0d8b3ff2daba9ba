/**
 * A disk cache of parsed catalogue files: YAML parsing is most of the time `spec validate` takes
 * (the bundled catalogue is ~180 KB of YAML), and the files rarely change between runs. Only the
 * parse is cached (data plus every node's line:column), keyed by the file's bytes and the parser;
 * schema and rules always run. Files with any parse problem are never cached. The cache is best
 * effort: any failure to read or write it just means parsing again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_YAML_BYTES, parseYamlDocument, type YamlDocument, type YamlReadResult } from '../yaml/yaml-document.js';
import { sha256Hex } from '../canonical/canonical-json.js';
import { packageRoot } from '../package-paths.js';

const CACHE_FORMAT = 'pkvw-light/parsed-yaml@1';

/** Value and key position of one path: `[valueLine, valueColumn, keyLine, keyColumn]`. */
type Positions = [number, number, number, number];
interface CachedParse {
  format: string;
  data: unknown;
  /** Positions by path, segments joined with U+0001. */
  positions: Record<string, Positions>;
}

/** Where cache files go: the package's node_modules/.cache when there is one, else the system temp folder. */
export function defaultCacheDir(): string {
  const modules = join(packageRoot, 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'pkvw-light') : join(tmpdir(), 'pkvw-light-cache');
}

/**
 * `parseYamlDocument`, answered from `cacheDir` when these exact bytes were parsed before.
 * @example parseYamlCached(readFileSync('spec/wonen.yaml'), 'spec/wonen.yaml', defaultCacheDir())
 */
export function parseYamlCached(bytes: Uint8Array, file: string, cacheDir: string): YamlReadResult {
  const path = join(cacheDir, `${cacheKey(bytes)}.json`);
  const cached = readCache(path);
  if (cached) return { document: documentFromCache(cached, file), problems: [] };
  const parsed = parseYamlDocument(bytes, file);
  if (parsed.document && parsed.problems.length === 0 && isPlainJson(parsed.document.data)) writeCache(path, parsed.document, cacheDir);
  return parsed;
}

function cacheKey(bytes: Uint8Array): string {
  // The parser's own source is part of the key, so a changed parser never answers from old entries.
  return sha256Hex(`${CACHE_FORMAT}\u0000${MAX_YAML_BYTES}\u0000${parseYamlDocument.toString()}\u0000${sha256Hex(bytes)}`);
}

function readCache(path: string): CachedParse | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('format' in parsed) || parsed.format !== CACHE_FORMAT) return undefined;
    if (!('data' in parsed) || !('positions' in parsed) || typeof parsed.positions !== 'object' || parsed.positions === null) return undefined;
    const positions: Record<string, Positions> = { ...parsed.positions };
    return { format: CACHE_FORMAT, data: parsed.data, positions };
  } catch {
    return undefined;
  }
}

function writeCache(path: string, document: YamlDocument, cacheDir: string): void {
  const positions = new Map<string, Positions>();
  const visit = (value: unknown, segments: (string | number)[]) => {
    const at = document.locate(segments, 'value');
    const key = document.locate(segments, 'key');
    positions.set(segments.join('\u0001'), [at.line, at.column, key.line, key.column]);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...segments, i]));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...segments, k]);
  };
  visit(document.data, []);
  // fromEntries defines own properties, so a `__proto__` key stays a key.
  const entry: CachedParse = { format: CACHE_FORMAT, data: document.data, positions: Object.fromEntries(positions) };
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, path);
  } catch {
    // A read-only install or a full disk: parse again next time.
  }
}

/** A document that locates like the parsed one: the exact path, else its nearest existing ancestor. */
function documentFromCache(cached: CachedParse, file: string): YamlDocument {
  return {
    file,
    data: cached.data,
    locate(path, at = 'value') {
      for (let length = path.length; length >= 0; length--) {
        const key = path.slice(0, length).join('\u0001');
        const found = Object.hasOwn(cached.positions, key) ? cached.positions[key] : undefined;
        if (Array.isArray(found)) return at === 'key' ? { line: found[2], column: found[3] } : { line: found[0], column: found[1] };
      }
      return { line: 1, column: 1 };
    },
  };
}

/** Only data that survives a JSON round trip unchanged may be cached (no `.inf`, no maps or sets). */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainJson);
  return false;
}
