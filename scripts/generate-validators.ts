// Regenerates the precompiled validators from the committed JSON Schemas. Run after editing a schema:
//   npx tsx scripts/generate-validators.ts
// A test fails when a committed validator differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { renderStandaloneValidator } from '../src/schema-validation/render-standalone-validator.js';
import { GENERATED_VALIDATORS } from '../src/schema-validation/generated-validators.js';

for (const validator of GENERATED_VALIDATORS) {
  const schema: object = JSON.parse(readFileSync(join(packageRoot, validator.schemaFile), 'utf8'));
  writeFileSync(join(packageRoot, validator.moduleFile), renderStandaloneValidator(schema, validator));
  console.log(`wrote ${validator.moduleFile}`);
}
