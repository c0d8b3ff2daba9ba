import type { ValidateFunction } from 'ajv';
import { validateWrittenAnswers } from './answers.validator.generated.js';
import { validateWrittenAnswers1 } from './answers-1.validator.generated.js';

/**
 * The validators of answers files, precompiled from the schemas by `scripts/generate-validators.ts`
 * (compiling one at run time cost ~150 ms of every command that reads answers).
 */
export function answersSchemaValidator(): ValidateFunction {
  return validateWrittenAnswers;
}

/** The schema of the earlier format, answers@1: still read, then migrated. */
export function answers1SchemaValidator(): ValidateFunction {
  return validateWrittenAnswers1;
}
