// Regenerates the policy-impact section of spec/README.md (between its marker comments) and its
// chart (docs/images/beleidseffect.svg, also shown in README.md) from the bundled catalogue and
// spec/populations/dsp-2026.yaml. Run after editing either:
//   npx tsx scripts/generate-policy-impact.ts
// A test (test/policy/population-impact-readme.test.ts) fails when the section or the chart drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { bundledPopulationModel, readPopulationModel } from '../src/policy/read-population-model.js';
import { README_CHART, readmeImpactReport, renderImpactSection, withImpactSection } from '../src/policy/population-impact-readme.js';
import { renderImpactSvg } from '../src/policy/population-impact-svg.js';

const catalogue = loadCatalogue();
const model = readPopulationModel(bundledPopulationModel, catalogue);
const readmePath = join(packageRoot, 'spec', 'README.md');
const report = readmeImpactReport(catalogue, model);
const section = renderImpactSection(report, catalogue, model, relative(packageRoot, bundledPopulationModel));
writeFileSync(readmePath, withImpactSection(readFileSync(readmePath, 'utf8'), section));
writeFileSync(join(packageRoot, README_CHART), renderImpactSvg(report, 'nl', catalogue, model));
console.log(`wrote the policy-impact section of spec/README.md and ${README_CHART}`);
