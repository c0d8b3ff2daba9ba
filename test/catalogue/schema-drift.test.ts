import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { GENERATED_VALIDATORS } from '../../src/schema-validation/generated-validators.js';
import { renderStandaloneValidator } from '../../src/schema-validation/render-standalone-validator.js';
import { CATALOGUE_SCHEMA_TYPES_FILE, renderCatalogueSchemaTypes } from './render-schema-types.js';

const committed = (file: string) => readFileSync(join(packageRoot, file), 'utf8');

// The third link, generated types ⇄ hand-written CatalogueFile, is checked by tsc in
// src/catalogue/catalogue-file-matches-schema.ts.
describe('the committed JSON Schema and what is generated from it', () => {
  it('yields exactly the committed TypeScript types (run npx tsx scripts/generate-schema-types.ts after editing the schema)', async () => {
    expect(committed(CATALOGUE_SCHEMA_TYPES_FILE)).toBe(await renderCatalogueSchemaTypes());
  });

  it.each(GENERATED_VALIDATORS)('yields exactly the committed precompiled validator $moduleFile (run npx tsx scripts/generate-validators.ts)', (validator) => {
    const schema: object = JSON.parse(committed(validator.schemaFile));
    expect(committed(validator.moduleFile)).toBe(renderStandaloneValidator(schema, validator));
  });
});
