import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { packageRoot } from '../package-paths.js';
import { AJV_OPTIONS } from '../schema-validation/render-standalone-validator.js';

/** The published schema of answers files; editors point at it with a modeline. */
export const answersSchemaPath = join(packageRoot, 'spec', 'schema', 'answers.schema.json');

let compiled: ValidateFunction | undefined;

/** The compiled validator, built on first use: commands that never read answers never pay for it. */
export function answersSchemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020(AJV_OPTIONS);
    // Under NodeNext the CommonJS default import is the module object; its `default` is the plugin.
    ajvFormats.default(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(answersSchemaPath, 'utf8')) as object);
  }
  return compiled;
}
