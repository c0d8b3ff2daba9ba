/**
 * The policy tools: rendering the catalogue documents, diffing two versions, generating and
 * simulating a synthetic population (per case, so a 10,000-case run can be estimated), and the
 * `spec docs` / `spec simulate` processes beside `node -e ""`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { packageRoot } from '../src/package-paths.js';
import { renderCatalogueHtml } from '../src/policy/catalogue-html.js';
import { renderCatalogueMarkdown } from '../src/policy/catalogue-markdown.js';
import { diffCatalogues } from '../src/policy/catalogue-diff.js';
import { seededRandom } from '../src/policy/seeded-random.js';
import { syntheticCase } from '../src/policy/synthetic-population.js';
import { simulatePopulation, type SimulationCase } from '../src/policy/simulate-population.js';
import { formatTiming, timeBareNode, timeInProcess, timeProcess } from './measure.js';

export async function bench(print: (line: string) => void): Promise<void> {
  const catalogue = loadCatalogue();
  print(formatTiming(await timeInProcess('renderCatalogueHtml (nl)', () => renderCatalogueHtml(catalogue, 'nl'))));
  print(formatTiming(await timeInProcess('renderCatalogueMarkdown (nl)', () => renderCatalogueMarkdown(catalogue, 'nl'))));
  const other = structuredClone(catalogue);
  print(formatTiming(await timeInProcess('diffCatalogues (bundled vs a copy)', () => diffCatalogues(catalogue, other))));

  const random = seededRandom(1);
  let index = 0;
  print(formatTiming(await timeInProcess('syntheticCase (one self-check walk)', () => syntheticCase(catalogue, random, index++))));
  const cases: SimulationCase[] = Array.from({ length: 200 }, (_, i) => ({ ...syntheticCase(catalogue, seededRandom(i), i), origin: 'synthetic' }));
  const simulate = await timeInProcess('simulatePopulation (200 cases, --against)', () => simulatePopulation({ catalogue, against: other, cases, seed: '1' }));
  print(formatTiming(simulate));
  print(`  so about ${((simulate.meanMs / 200) * 1000).toFixed(0)} µs per case evaluated under two versions`);

  const bare = timeBareNode();
  print(formatTiming(bare));
  const cli = join(packageRoot, 'dist', 'cli', 'bin.js');
  const out = mkdtempSync(join(tmpdir(), 'pkvw-bench-docs-'));
  try {
    print(formatTiming(timeProcess('pkvw-light spec docs --format html', [process.execPath, cli, 'spec', 'docs', '--out', out], 5), bare));
    print(formatTiming(timeProcess('pkvw-light spec simulate --population 200', [process.execPath, cli, 'spec', 'simulate', '--population', '200'], 3), bare));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
