/**
 * `pkvw-light spec diff OLD NEW [--json]`: what changes between two catalogue versions and which
 * version step that needs. Exit 0 when the new version number is sufficient, 1 when it is too low.
 */
import type { CliIo } from '../cli-io.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { catalogueAt } from '../../src/policy/catalogue-at.js';
import { diffCatalogues } from '../../src/policy/catalogue-diff.js';
import { renderCatalogueDiffText } from '../../src/policy/diff-text.js';
import { EXIT } from '../../src/problems/errors.js';

export interface SpecDiffOptions {
  oldDir: string;
  newDir: string;
  json: boolean;
  lang: Language;
}

export async function runSpecDiff(options: SpecDiffOptions, io: CliIo): Promise<number> {
  const oldCatalogue = catalogueAt(options.oldDir, io.cwd);
  const newCatalogue = catalogueAt(options.newDir, io.cwd);
  const diff = diffCatalogues(oldCatalogue, newCatalogue);
  io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : renderCatalogueDiffText(diff, options.lang, { old: oldCatalogue, new: newCatalogue }));
  return diff.version.sufficient ? EXIT.ok : EXIT.invalid;
}
