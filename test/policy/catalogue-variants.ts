/**
 * Versions of the bundled catalogue for the diff and simulation tests, made by copying spec/ to a
 * temporary folder and applying one precise edit, so they never drift as the catalogue evolves.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import { bundledSpecDir } from '../../src/package-paths.js';

/** A fresh copy of the bundled spec/ (with its schema folder). */
export function copyOfSpec(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-variant-'));
  cpSync(bundledSpecDir, dir, { recursive: true });
  return dir;
}

/** Edits one requirement in place, in the file the catalogue says it was written in. */
export function editRequirement(dir: string, catalogue: Catalogue, id: string, edit: (requirement: YAMLMap) => void): void {
  const position = catalogue.positions[`requirement:${id}`];
  if (!position) throw new Error(`no position for requirement ${id}`);
  const file = join(dir, basename(position.file));
  const document = parseDocument(readFileSync(file, 'utf8'));
  const requirements = document.get('requirements');
  if (!isSeq(requirements)) throw new Error(`${file} has no requirements list`);
  const item = requirements.items.find((node) => isMap(node) && node.get('id') === id);
  if (!isMap(item)) throw new Error(`${id} not found in ${file}`);
  edit(item);
  writeFileSync(file, document.toString());
}

/** Sets `keurmerk.version` in whichever file holds the keurmerk block. */
export function setVersion(dir: string, version: string): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const document = parseDocument(readFileSync(join(dir, name), 'utf8'));
    if (!document.has('keurmerk')) continue;
    document.setIn(['keurmerk', 'version'], version);
    writeFileSync(join(dir, name), document.toString());
    return;
  }
  throw new Error(`no keurmerk block in ${dir}`);
}

/** Adds a catalogue file, e.g. one holding an extra question. */
export function addFile(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}
