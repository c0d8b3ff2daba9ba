/**
 * How much a catalogue may hold: ten times the bundled one or more, so a real catalogue never meets
 * a limit, while a generated one with 100,000 requirements is refused in a second instead of
 * exhausting memory in the rules. Counted before schema and rules run.
 */
import type { YamlDocument } from '../yaml/yaml-document.js';
import type { Problem } from '../problems/problem.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { catalogueMessages } from './catalogue-messages.js';

/** Per section, over all files together (bundled 0.1.0: 4, 13, 19, 73, 67, 3, 116). */
export const CATALOGUE_LIMITS = {
  levels: 50,
  scenarios: 200,
  riskRules: 500,
  questions: 1_000,
  requirements: 1_000,
  exceptions: 100,
  sources: 2_000,
} as const;

/** Files in one catalogue folder, and their bytes together (bundled: 8 files, 181 KB). */
export const CATALOGUE_FILE_LIMITS = { files: 100, totalBytes: 4 * 1024 * 1024 } as const;

/** A problem per section over its limit, at the file where the count crossed it. */
export function catalogueCountProblems(documents: readonly YamlDocument[]): Problem[] {
  const problems: Problem[] = [];
  for (const [section, limit] of Object.entries(CATALOGUE_LIMITS)) {
    let count = 0;
    for (const document of documents) {
      const items = isRecord(document.data) ? document.data[section] : undefined;
      if (!Array.isArray(items)) continue;
      count += items.length;
      if (count > limit) {
        problems.push({ code: 'catalogue-too-many', severity: 'error', file: document.file, ...document.locate([section], 'key'), path: `/${section}`, params: { section, limit } } satisfies ProblemOf<typeof catalogueMessages>);
        break;
      }
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
