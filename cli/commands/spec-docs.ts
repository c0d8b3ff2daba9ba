/**
 * `pkvw-light spec docs --format md|html --lang nl|en --out DIR`: writes the catalogue as one
 * document, `catalogus.<lang>.<format>`, and prints its path.
 */
import { isAbsolute, join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { catalogueAt } from '../../src/policy/catalogue-at.js';
import { documentFileName, renderCatalogueDocument } from '../../src/policy/generated-documents.js';
import { EXIT } from '../../src/problems/errors.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';

export interface SpecDocsOptions {
  format: 'md' | 'html';
  lang: Language;
  spec?: string;
  out: string;
  /** The file written as JSON instead of its path. */
  json?: boolean;
}

export async function runSpecDocs(options: SpecDocsOptions, io: CliIo): Promise<number> {
  const catalogue = catalogueAt(options.spec ?? bundledSpecDir, io.cwd);
  const text = renderCatalogueDocument(catalogue, options.lang, options.format);
  const outDir = isAbsolute(options.out) ? options.out : join(io.cwd, options.out);
  const file = join(options.out, documentFileName(options.lang, options.format));
  // The catalogue is public: the document may be read by anyone.
  writeFileAtomically(join(outDir, documentFileName(options.lang, options.format)), text, { label: file, access: 'shared' });
  io.stdout(options.json ? JSON.stringify({ format: 'pkvw-light/docs@1', file }, null, 2) + '\n' : `${file}\n`);
  return EXIT.ok;
}
