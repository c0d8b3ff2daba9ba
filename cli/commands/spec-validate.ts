/**
 * `pkvw-light spec validate [dir]`: every finding as `file:line:column: severity code message`,
 * then a summary; `--json` prints the findings as data. Exit 0 valid (warnings allowed), 1 errors.
 */
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { EXIT } from '../../src/problems/errors.js';
import type { Problem } from '../../src/problems/problem.js';

export interface SpecValidateOptions {
  dir?: string;
  json: boolean;
  lang: Language;
}

export interface ValidationSummary {
  folder: string;
  files: number;
  /** Counts of the merged catalogue; absent when errors prevented merging. */
  requirements?: number;
  questions?: number;
  scenarios?: number;
  errors: number;
  warnings: number;
}

export async function runSpecValidate(options: SpecValidateOptions, io: CliIo): Promise<number> {
  const folder = options.dir ?? bundledSpecDir;
  // PKVW_NO_CACHE=1: parse and validate every YAML file even when the precompiled snapshot fits, as after an edit.
  const { catalogue, problems, files } = readCatalogue(folder, io.cwd, io.env.PKVW_NO_CACHE ? { precompiled: false } : {});
  const summary: ValidationSummary = {
    folder,
    files: files.length,
    ...(catalogue ? { requirements: catalogue.requirements.length, questions: catalogue.questions.length, scenarios: catalogue.scenarios.length } : {}),
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
  const valid = catalogue !== undefined;

  if (options.json) {
    io.stdout(JSON.stringify({ format: 'pkvw-light/findings@1', valid, summary, findings: problems }, null, 2) + '\n');
  } else {
    for (const problem of problems) io.stdout(formatProblemLine(problem, options.lang) + '\n');
    io.stdout(commandWords[options.lang].validateSummary({ ...summary, valid, ...(catalogue ? { name: `${catalogue.metadata.id} ${catalogue.metadata.version}` } : {}) }) + '\n');
  }
  return valid ? EXIT.ok : EXIT.invalid;
}


/** Only for typing tests that read `--json` output. */
export type FindingsJson = { format: 'pkvw-light/findings@1'; valid: boolean; summary: ValidationSummary; findings: Problem[] };
