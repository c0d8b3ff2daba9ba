// Regenerates src/catalogue/catalogue-file.schema.generated.ts from the committed JSON Schema:
//   npx tsx scripts/generate-schema-types.ts
// A test fails when the committed file differs from a fresh generation, and tsc fails when the
// generated type and the hand-written CatalogueFile (src/catalogue/catalogue-types.ts) differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { CATALOGUE_SCHEMA_TYPES_FILE, renderCatalogueSchemaTypes } from '../test/catalogue/render-schema-types.js';

writeFileSync(join(packageRoot, CATALOGUE_SCHEMA_TYPES_FILE), await renderCatalogueSchemaTypes());
console.log(`wrote ${CATALOGUE_SCHEMA_TYPES_FILE}`);
