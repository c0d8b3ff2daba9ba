import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { packageRoot } from '../../src/package-paths.js';

/** The published verdict schema, compiled: tests check every verdict they make against it. */
export function verdictSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, keywords: ['x-description-nl'] });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(packageRoot, 'spec/schema/verdict.schema.json'), 'utf8')) as object);
}
