import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageRoot } from '../package-paths.js';
import { validateWrittenAnswers } from './answers.validator.generated.js';
import { validateWrittenAnswers1 } from './answers-1.validator.generated.js';

/** The published schema of answers files; editors point at it with a modeline. */
export const answersSchemaPath = join(packageRoot, 'spec', 'schema', 'answers.schema.json');

/** The schema of the earlier format, answers@1: still read, then migrated. */
export const answers1SchemaPath = join(packageRoot, 'spec', 'schema', 'answers-1.schema.json');

/**
 * The validators of answers files, precompiled from the schemas by `scripts/generate-validators.ts`
 * (compiling one at run time cost ~150 ms of every command that reads answers).
 */
export function answersSchemaValidator(): ValidateFunction {
  return validateWrittenAnswers;
}

export function answers1SchemaValidator(): ValidateFunction {
  return validateWrittenAnswers1;
}
