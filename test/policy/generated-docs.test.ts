import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { packageRoot } from '../../src/package-paths.js';
import { GENERATED_DOCUMENTS, documentFileName, committedCatalogueDocument } from '../../src/policy/generated-documents.js';

describe('the committed catalogue documents in docs/catalogus/', () => {
  const catalogue = loadCatalogue();

  it.each(GENERATED_DOCUMENTS.map((d) => [documentFileName(d.lang, d.format), d] as const))('%s matches the catalogue (regenerate: npx tsx scripts/generate-docs.ts)', (name, { lang, format }) => {
    const committed = readFileSync(join(packageRoot, 'docs', 'catalogus', name), 'utf8');
    const fresh = committedCatalogueDocument(catalogue, lang, format);
    // Compared as a boolean first so a drift reads as one line, not a 200 kB diff.
    expect(committed === fresh, `docs/catalogus/${name} is out of date: run npx tsx scripts/generate-docs.ts`).toBe(true);
  });
});
