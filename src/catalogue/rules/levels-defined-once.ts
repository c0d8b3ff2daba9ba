import type { CatalogueRule } from '../catalogue-rule-context.js';

/** The risk scale is one ordered list: split over files, its order would depend on file names. */
export const levelsDefinedOnce: CatalogueRule = (ctx) => {
  const withLevels = ctx.files.filter(({ content }) => content.levels !== undefined);
  const [first, ...others] = withLevels;
  if (!first) {
    const file = ctx.files[0];
    return file ? [ctx.problem('levels-missing', 'error', { document: file.document, path: [] }, [], {})] : [];
  }
  const problems = others.map(({ document }) =>
    ctx.problem('levels-split', 'error', { document, path: ['levels'] }, [], { first: first.document.file }, 'key'),
  );
  if ((first.content.levels ?? []).length === 0) problems.push(ctx.problem('levels-missing', 'error', { document: first.document, path: ['levels'] }, [], {}));
  return problems;
};
