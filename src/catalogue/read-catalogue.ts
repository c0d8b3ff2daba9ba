/**
 * Reads a catalogue folder: every `*.yaml` directly in it, in file-name order (not recursive; the
 * `schema/` folder is not a catalogue file). The I/O edge around the pure `validateCatalogue`.
 * There is no parse cache (0.1.0 had one, in node_modules/.cache or /tmp, and trusted its entries):
 * checking an entry against its file would mean reading the file again, and reading the bundled
 * catalogue's YAML (yaml-subset.ts) costs ~30 ms of CPU.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Catalogue } from './catalogue-types.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import { YAML_FILE_LIMIT, parseYamlDocument } from '../yaml/yaml-document.js';
import { readUserFile } from '../files/read-user-file.js';
import { fileError } from '../files/file-error.js';
import { compareProblems, hasErrors, type Problem } from '../problems/problem.js';
import { EXIT, ioError as anyIoError, UserError } from '../problems/errors.js';
import type { IoErrorOf, ProblemOf } from '../i18n/message-map.js';
import type { catalogueMessages } from './catalogue-messages.js';
import { bundledSpecDir } from '../package-paths.js';
import { validateCatalogue, type CatalogueValidation } from './validate-catalogue.js';
import { modelineProblems } from './catalogue-modeline.js';
import { CATALOGUE_FILE_LIMITS, catalogueCountProblems } from './catalogue-limits.js';
import { sha256Hex } from '../canonical/canonical-json.js';
import { namedPrecompiled, precompiledSnapshot, type PrecompiledCatalogue, type PrecompiledRead } from './precompiled-catalogue.js';

/** `ioError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const ioError: IoErrorOf<typeof catalogueMessages> = anyIoError;

export interface ReadCatalogueOptions {
  /** `false` reads and validates the bundled catalogue's YAML even when the precompiled snapshot fits. */
  precompiled?: boolean;
}

export interface ReadCatalogueResult extends CatalogueValidation {
  /** The files read, as named in problems. */
  files: string[];
}

/**
 * Reads and validates the catalogue in `dir`. A missing or unreadable folder throws a UserError
 * (exit 2); everything wrong inside the files comes back as problems.
 * @example
 * const { catalogue, problems } = readCatalogue('spec');
 */
export function readCatalogue(dir: string, cwd: string = process.cwd(), options: ReadCatalogueOptions = {}): ReadCatalogueResult {
  const absolute = isAbsolute(dir) ? dir : join(cwd, dir);
  const label = (path: string) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  // The bundled catalogue, unchanged since the package was built, needs no parsing or validating.
  const precompiled = options.precompiled !== false && absolute === bundledSpecDir ? precompiledCatalogue(absolute, label) : undefined;
  if (precompiled) return precompiled;
  let names: string[];
  try {
    if (!statSync(absolute).isDirectory()) throw ioError('catalogue-not-a-folder', { path: label(absolute) }, label(absolute));
    names = yamlNames(absolute);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileError(error, label(absolute));
  }

  const files = names.map((name) => label(join(absolute, name)));
  if (files.length === 0) {
    return { files, problems: [{ code: 'catalogue-empty', severity: 'error', file: label(absolute), params: { path: label(absolute) } } satisfies ProblemOf<typeof catalogueMessages>] };
  }
  if (files.length > CATALOGUE_FILE_LIMITS.files) {
    return { files, problems: [{ code: 'catalogue-too-many-files', severity: 'error', file: label(absolute), params: { path: label(absolute), count: files.length, limit: CATALOGUE_FILE_LIMITS.files } } satisfies ProblemOf<typeof catalogueMessages>] };
  }
  const documents: YamlDocument[] = [];
  const problems: Problem[] = [];
  let totalBytes = 0;
  for (const [i, name] of names.entries()) {
    const file = files[i] ?? name;
    let bytes: Buffer;
    try {
      bytes = readUserFile(join(absolute, name), { label: file, ...YAML_FILE_LIMIT });
    } catch (error) {
      // A file too large is one more finding about the catalogue; an unreadable one stops the run.
      if (!(error instanceof UserError && error.exitCode === EXIT.invalid)) throw error;
      problems.push(...error.problems.map((problem) => ({ ...problem, line: 1, column: 1 })));
      continue;
    }
    totalBytes += bytes.byteLength;
    if (totalBytes > CATALOGUE_FILE_LIMITS.totalBytes) {
      problems.push({ code: 'catalogue-too-large', severity: 'error', file, line: 1, column: 1, params: { path: label(absolute), limit: CATALOGUE_FILE_LIMITS.totalBytes } } satisfies ProblemOf<typeof catalogueMessages>);
      break;
    }
    const parsed = parseYamlDocument(bytes, file);
    problems.push(...firstSyntaxErrorOnly(parsed.problems));
    if (parsed.document) {
      documents.push(parsed.document);
      problems.push(...modelineProblems(bytes.toString('utf8'), file));
    }
  }
  if (!hasErrors(problems)) problems.push(...catalogueCountProblems(documents));
  if (hasErrors(problems)) return { files, problems: problems.sort(compareProblems) };
  const validation = validateCatalogue(documents, label(absolute));
  return { files, ...validation, problems: [...problems, ...validation.problems].sort(compareProblems) };
}

/**
 * The validated catalogue, for commands that need one. Throws a UserError carrying every problem
 * when the catalogue has errors; warnings do not stop it.
 */
export function loadCatalogue(dir: string = bundledSpecDir): Catalogue {
  const { catalogue, problems } = readCatalogue(dir, process.cwd());
  if (!catalogue) throw new UserError(problems.filter((p) => p.severity === 'error'));
  return catalogue;
}

/** After the first syntax error the parser is guessing: later syntax errors in the file are mostly echoes of it. */
function firstSyntaxErrorOnly(problems: readonly Problem[]): Problem[] {
  const first = problems.find((p) => p.code === 'yaml-syntax');
  return problems.filter((p) => p.code !== 'yaml-syntax' || p === first);
}

/** The folder's `*.yaml` files in name order: what a catalogue folder holds, and what a snapshot stands for. */
function yamlNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The precompiled snapshot for `dir` when the folder holds exactly the YAML bytes it was made from
 * (any edit, or a file more or less, means the YAML is read and validated as usual), with every file
 * named by `label` as a fresh read would name it; otherwise undefined.
 * @example precompiledCatalogue(bundledSpecDir, (path) => relative(cwd, path))?.catalogue
 */
export function precompiledCatalogue(dir: string, label: (path: string) => string, json?: string): PrecompiledRead | undefined {
  const snapshot = precompiledSnapshot(json);
  if (!snapshot || !matchesSources(dir, snapshot.sources)) return undefined;
  return namedPrecompiled(snapshot, (name) => label(join(dir, name)));
}

/** The SHA-256 of every `*.yaml` in `dir`, in name order: what a snapshot records of its sources. */
export function catalogueSources(dir: string): PrecompiledCatalogue['sources'] {
  return yamlNames(dir).map((name) => ({ name, sha256: sha256Hex(readFileSync(join(dir, name))) }));
}

function matchesSources(dir: string, sources: PrecompiledCatalogue['sources']): boolean {
  let names: string[];
  try {
    names = yamlNames(dir);
  } catch {
    return false;
  }
  if (names.length !== sources.length) return false;
  return sources.every((source, i) => {
    if (names[i] !== source.name) return false;
    try {
      return sha256Hex(readFileSync(join(dir, source.name))) === source.sha256;
    } catch {
      return false;
    }
  });
}
