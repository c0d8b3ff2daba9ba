import { join } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Problem } from '../problems/problem.js';
import { UserError } from '../problems/errors.js';
import { readUserFile } from '../files/read-user-file.js';
import { packageRoot } from '../package-paths.js';
import { validatePopulationModelFile } from './population-model.validator.generated.js';
import { YAML_FILE_LIMIT, parseYamlDocument } from '../yaml/yaml-document.js';
import { validatePopulationModel, type PopulationModel } from './population-model.js';

/** The model the README's headline result is computed from. */
export const bundledPopulationModel = join(packageRoot, 'spec', 'populations', 'dsp-2026.yaml');

/**
 * Reads and validates a population model against the catalogue it will be drawn for. Throws
 * `UserError`: exit 2 when the file cannot be read, exit 1 with every located problem when it is
 * invalid; warnings go to `onWarnings`.
 * @example
 * const model = readPopulationModel('spec/populations/dsp-2026.yaml', catalogue);
 */
export function readPopulationModel(path: string, catalogue: Catalogue, options: { label?: string; onWarnings?: (w: Problem[]) => void } = {}): PopulationModel {
  const label = options.label ?? path;
  const bytes = readUserFile(path, { label, ...YAML_FILE_LIMIT });
  const parsed = parseYamlDocument(bytes, label);
  if (!parsed.document) throw new UserError(parsed.problems);
  const { model, problems } = validatePopulationModel(parsed.document, bytes.toString('utf8'), catalogue, validatePopulationModelFile);
  if (!model) throw new UserError(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) options.onWarnings?.(warnings);
  return model;
}
