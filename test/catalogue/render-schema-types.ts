/**
 * The TypeScript types json-schema-to-typescript derives from the catalogue JSON Schema. Kept in
 * test/ because it loads a dev dependency; the script and the drift test share it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { packageRoot } from '../../src/package-paths.js';

export const CATALOGUE_SCHEMA_FILE = 'spec/schema/catalogue-file.schema.json';
export const CATALOGUE_SCHEMA_TYPES_FILE = 'src/catalogue/catalogue-file.schema.generated.ts';

export async function renderCatalogueSchemaTypes(): Promise<string> {
  const schema: JSONSchema = JSON.parse(readFileSync(join(packageRoot, CATALOGUE_SCHEMA_FILE), 'utf8'));
  const banner = [
    `// Generated from ${CATALOGUE_SCHEMA_FILE} by \`npx tsx scripts/generate-schema-types.ts\`: do not edit.`,
    '// src/catalogue/catalogue-file-matches-schema.ts checks it equals the hand-written CatalogueFile.',
  ].join('\n');
  return compile(schema, 'CatalogueFile', { bannerComment: banner, additionalProperties: false, format: false, declareExternallyReferenced: true, ignoreMinAndMaxItems: true });
}
