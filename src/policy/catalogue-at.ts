import type { Catalogue } from '../catalogue/catalogue-types.js';
import { readCatalogue } from '../catalogue/read-catalogue.js';
import { UserError } from '../problems/errors.js';

/**
 * The validated catalogue in `dir`, named relative to `cwd` in problems. Throws a UserError with
 * every error when it is not valid: the policy tools only work on catalogues that validate.
 */
export function catalogueAt(dir: string, cwd: string): Catalogue {
  const { catalogue, problems } = readCatalogue(dir, cwd);
  if (!catalogue) throw new UserError(problems.filter((p) => p.severity === 'error'));
  return catalogue;
}
