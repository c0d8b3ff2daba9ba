import type { CatalogueRule } from '../catalogue-rule-context.js';
import { placeLabel } from '../catalogue-rule-context.js';

/** Exactly one file holds the `keurmerk` block: the catalogue has one id, one version. */
export const exactlyOneKeurmerk: CatalogueRule = (ctx) => {
  const [first, ...others] = ctx.metadata;
  if (!first) {
    const file = ctx.files[0];
    return file ? [ctx.problem('keurmerk-missing', 'error', { document: file.document, path: [] }, [], {})] : [];
  }
  return others.map((other) => ctx.problem('keurmerk-duplicate', 'error', other, [], { first: placeLabel(first) }, 'key'));
};
