// Regenerates the catalogue documents in docs/catalogus/ from the bundled spec/. Run after editing spec/*.yaml:
//   npx tsx scripts/generate-docs.ts
// A test (test/policy/generated-docs.test.ts) fails when a committed document differs from a fresh generation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { GENERATED_DOCUMENTS, documentFileName, committedCatalogueDocument } from '../src/policy/generated-documents.js';

const catalogue = loadCatalogue();
const dir = join(packageRoot, 'docs', 'catalogus');
mkdirSync(dir, { recursive: true });
for (const { lang, format } of GENERATED_DOCUMENTS) {
  writeFileSync(join(dir, documentFileName(lang, format)), committedCatalogueDocument(catalogue, lang, format));
  console.log(`wrote docs/catalogus/${documentFileName(lang, format)}`);
}
