import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { packageRoot } from '../../src/package-paths.js';
import { bundledPopulationModel, readPopulationModel } from '../../src/policy/read-population-model.js';
import { IMPACT_SECTION_BEGIN, IMPACT_SECTION_END, README_CHART, readmeImpactReport, renderImpactSection, withImpactSection } from '../../src/policy/population-impact-readme.js';
import { renderImpactSvg } from '../../src/policy/population-impact-svg.js';
import type { ImpactReport } from '../../src/policy/population-impact.js';

describe('the policy-impact section of spec/README.md', () => {
  const catalogue = loadCatalogue();
  const model = readPopulationModel(bundledPopulationModel, catalogue);
  let report: ImpactReport;
  // One run for both drift checks: it is the whole population with ten sensitivity runs.
  beforeAll(() => {
    report = readmeImpactReport(catalogue, model);
  });

  it('is what scripts/generate-policy-impact.ts writes now (run it after editing the catalogue or the model)', () => {
    const readme = readFileSync(join(packageRoot, 'spec', 'README.md'), 'utf8');
    const begin = readme.indexOf(IMPACT_SECTION_BEGIN);
    const end = readme.indexOf(IMPACT_SECTION_END);
    expect(begin, 'the begin marker').toBeGreaterThanOrEqual(0);
    expect(end, 'the end marker after it').toBeGreaterThan(begin);
    const committed = readme.slice(begin, end + IMPACT_SECTION_END.length);
    expect(committed).toBe(renderImpactSection(report, catalogue, model, relative(packageRoot, bundledPopulationModel)));
  });

  it(`has its chart, ${README_CHART}, as that script writes it, shown in both READMEs`, () => {
    expect(readFileSync(join(packageRoot, README_CHART), 'utf8')).toBe(renderImpactSvg(report, 'nl', catalogue, model));
    expect(readFileSync(join(packageRoot, 'spec', 'README.md'), 'utf8')).toContain(`](../${README_CHART})`);
    expect(readFileSync(join(packageRoot, 'README.md'), 'utf8')).toContain(`](${README_CHART})`);
  });

  it('replaces only what lies between the markers', () => {
    const readme = `voor\n${IMPACT_SECTION_BEGIN}\noud\n${IMPACT_SECTION_END}\nna\n`;
    expect(withImpactSection(readme, `${IMPACT_SECTION_BEGIN}\nnieuw\n${IMPACT_SECTION_END}`)).toBe(`voor\n${IMPACT_SECTION_BEGIN}\nnieuw\n${IMPACT_SECTION_END}\nna\n`);
    expect(withImpactSection('alleen tekst\n', 'sectie')).toBe('alleen tekst\n\nsectie\n');
  });
});
