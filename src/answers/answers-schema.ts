import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageRoot } from '../package-paths.js';
import { validateWrittenAnswers } from './answers.validator.generated.js';

/** The published schema of answers files; editors point at it with a modeline. */
export const answersSchemaPath = join(packageRoot, 'spec', 'schema', 'answers.schema.json');

/**
 * The validator of answers files, precompiled from the schema by `scripts/generate-validators.ts`
 * (compiling it at run time cost ~150 ms of every command that reads answers).
 */
export function answersSchemaValidator(): ValidateFunction {
  return validateWrittenAnswers;
}
