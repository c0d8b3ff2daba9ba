import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { packageRoot } from '../package-paths.js';
import { AJV_OPTIONS } from '../schema-validation/render-standalone-validator.js';

/** The published schema of answers files; editors point at it with a modeline. */
export const answersSchemaPath = join(packageRoot, 'spec', 'schema', 'answers.schema.json');

/** The schema of the earlier format, answers@1: still read, then migrated. */
export const answers1SchemaPath = join(packageRoot, 'spec', 'schema', 'answers-1.schema.json');

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator, built on first use: commands that never read answers never pay for it. */
export function answersSchemaValidator(): ValidateFunction {
  return validatorFor(answersSchemaPath);
}

export function answers1SchemaValidator(): ValidateFunction {
  return validatorFor(answers1SchemaPath);
}

function validatorFor(path: string): ValidateFunction {
  let validator = compiled.get(path);
  if (!validator) {
    const ajv = new Ajv2020(AJV_OPTIONS);
    // Under NodeNext the CommonJS default import is the module object; its `default` is the plugin.
    ajvFormats.default(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
    compiled.set(path, validator);
  }
  return validator;
}
