/**
 * Parsed catalogue files → one validated `Catalogue`, or the problems that prevent it. Pure: the
 * files are read by `read-catalogue.ts`. Two phases: every file against the JSON Schema, then (when
 * all files fit it) the named semantic rules over the merged whole. All problems are collected.
 */
import type { Catalogue, CatalogueFile, SourcePosition } from './catalogue-types.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import { compareProblems, hasErrors, type Problem } from '../problems/problem.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { catalogueMessages } from './catalogue-messages.js';
import { checkAgainstSchema } from '../schema-validation/validate-against-schema.js';
import { validateCatalogueFile } from './catalogue-file.validator.generated.js';
import { buildRuleContext, type CatalogueRuleContext } from './catalogue-rule-context.js';
import { CATALOGUE_RULES } from './rules/catalogue-rules.js';
import { canonicalHash } from '../canonical/canonical-json.js';

export interface CatalogueValidation {
  /** Present when there are no errors (warnings allowed). */
  catalogue?: Catalogue;
  /** Errors and warnings, ordered by file, line and column. */
  problems: Problem[];
}

/**
 * `folder` is where the documents were read from: the one problem of an empty list names it.
 * @example
 * const { catalogue, problems } = validateCatalogue(documents, 'spec'); // documents in file-name order
 * if (!catalogue) for (const p of problems) print(formatProblemLine(p, 'nl'));
 */
export function validateCatalogue(documents: readonly YamlDocument[], folder: string): CatalogueValidation {
  if (documents.length === 0) return { problems: [{ code: 'catalogue-empty', severity: 'error', file: folder, params: { path: folder } } satisfies ProblemOf<typeof catalogueMessages>] };

  const problems: Problem[] = [];
  const files: { document: YamlDocument; content: CatalogueFile }[] = [];
  for (const document of documents) {
    const { value, problems: found } = checkAgainstSchema(validateCatalogueFile, document, { quoteValues: true });
    problems.push(...found);
    if (value) files.push({ document, content: value });
  }
  if (hasErrors(problems)) return { problems: problems.sort(compareProblems) };

  const ctx = buildRuleContext(files);
  for (const rule of CATALOGUE_RULES) problems.push(...rule(ctx));
  problems.sort(compareProblems);
  if (hasErrors(problems)) return { problems };
  const catalogue = mergeCatalogue(ctx);
  return catalogue ? { catalogue, problems } : { problems };
}

/** The merged catalogue; its hash covers everything but `hash` and `positions`. */
function mergeCatalogue(ctx: CatalogueRuleContext): Catalogue | undefined {
  const metadata = ctx.metadata[0]?.item;
  if (!metadata) return undefined;
  const content = {
    metadata,
    levels: ctx.levels.map((e) => e.item),
    scenarios: ctx.scenarios.map((e) => e.item),
    riskRules: ctx.riskRules.map((e) => e.item),
    questions: ctx.questions.map((e) => e.item),
    requirements: ctx.requirements.map((e) => e.item),
    exceptions: ctx.exceptions.map((e) => e.item),
    sources: ctx.sources.map((e) => e.item),
  };
  const positions: Record<string, SourcePosition> = {};
  for (const entry of [...ctx.levels, ...ctx.scenarios, ...ctx.riskRules, ...ctx.questions, ...ctx.requirements, ...ctx.exceptions, ...ctx.sources]) {
    positions[`${entry.kind}:${entry.item.id}`] = { file: entry.document.file, ...entry.document.locate(entry.path) };
  }
  return { ...content, hash: canonicalHash(content), positions };
}
