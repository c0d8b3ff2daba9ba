import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packageRoot } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { measureBlockers } from '../../src/verdict/measure-blockers.js';
import { answersArbitrary } from '../support/answers-arbitrary.js';
import { catalogues } from '../support/engine-catalogues.js';
import { MEASURE_TABLE_FILE, withMeasureTable } from './measure-table.js';

const now = new Date('2026-11-28T12:00:00Z');

describe('the table "measure → owner basics that can block it" in spec/README.md', () => {
  it('is exactly what the bundled catalogue gives (run npx tsx scripts/generate-measure-table.ts)', () => {
    const readme = readFileSync(join(packageRoot, MEASURE_TABLE_FILE), 'utf8');
    expect(withMeasureTable(readme, loadCatalogue())).toBe(readme);
  });

  it('never lets the first-floor window or the rear windows block the outside letterbox (seed §3.2.4a)', () => {
    const letterbox = measureBlockers(loadCatalogue()).find((m) => m.measure === 'WON-16');
    expect(letterbox?.basics.map((b) => b.requirement)).not.toEqual(expect.arrayContaining(['WON-03']));
    expect(letterbox?.basics.map((b) => b.requirement)).not.toContain('WON-02');
  });
});

describe.each(catalogues())('the verdict on the $name catalogue', ({ catalogue }) => {
  const table = new Map(measureBlockers(catalogue).map((m) => [m.measure, new Set(m.basics.map((b) => b.requirement))]));

  it('blocks a measure only by basics the table lists for it, or by a hard condition of the advice', () => {
    fc.assert(
      fc.property(answersArbitrary(catalogue), (answers) => {
        for (const decision of evaluate(catalogue, answers, now).funding) {
          for (const blocker of decision.blockedBy) {
            if (blocker.hardCondition && blocker.via.length === 0) continue;
            expect(table.get(decision.measure)?.has(blocker.requirement), `${decision.measure} ← ${blocker.requirement}`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
