/**
 * Regenerates fixtures/cases/<case>/verdict.json from the current engine and catalogue.
 * Run `npx tsx scripts/update-case-verdicts.ts`, then READ the diff before committing: a golden
 * that changed must have changed for a reason.
 */
import { writeFileSync } from 'node:fs';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { caseNames, caseVerdict, goldenPath, goldenVerdictJson } from '../test/support/case-verdicts.js';

const catalogue = loadCatalogue();
for (const name of caseNames()) {
  const verdict = caseVerdict(name, catalogue);
  writeFileSync(goldenPath(name), goldenVerdictJson(verdict));
  console.log(`${name}: ${verdict.outcome}`);
}
