// Regenerates the table "maatregel → basiseisen die haar kunnen tegenhouden" in spec/README.md,
// between its begin/end markers, from the bundled catalogue:
//   npx tsx scripts/generate-measure-table.ts
// test/verdict/measure-blockers.test.ts fails when the committed table drifts from the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { MEASURE_TABLE_FILE, withMeasureTable } from '../test/verdict/measure-table.js';

const path = join(packageRoot, MEASURE_TABLE_FILE);
writeFileSync(path, withMeasureTable(readFileSync(path, 'utf8'), loadCatalogue()));
console.log(`wrote the measure table in ${MEASURE_TABLE_FILE}`);
