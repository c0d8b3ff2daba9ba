/**
 * Catalogue sizes in one process: `node dist/bench/simulate-worker.js FACTORS CASES ROUNDS` (FACTORS
 * such as `1,2,5,10`) prints one JSON line with, per size, the CPU time per case of each of ROUNDS
 * simulations of CASES synthetic cases, the sizes taking turns (1× 2× 5× 10×, 1× 2×…), after each
 * size's first case and its warm-up cases; with the catalogue's size, the CPU time of its very first
 * case and the peak resident memory of the process (a size's own only when it is the only one).
 */
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { seededRandom } from '../src/policy/seeded-random.js';
import { simulatePopulation, type SimulationCase } from '../src/policy/simulate-population.js';
import { syntheticCase } from '../src/policy/synthetic-population.js';
import type { Catalogue } from '../src/catalogue/catalogue-types.js';
import { growthCatalogue } from './growth-catalogue.js';

/**
 * Cases simulated per size before any is timed. V8 compiles the hot code in the first few hundred
 * cases (18:32, loaded machine: at 1× 250-case batches cost 1,296, 196, 199, 163… µs per case, level
 * from about the 1,000th case; at 10× level from about the 150th), and that one-off cost, timed
 * together with the per-case cost, made the small catalogues look dear per unit (session 4: 152 µs
 * at 1× against 87 µs per extra 1× above it). Session 9: after 1,000 the 2× simulations still fell
 * from batch to batch (about 350 → 200 µs per case); after 4,000 they no longer did.
 */
const WARM_UP = 2000;

const factors = (process.argv[2] ?? '1').split(',').map(Number);
const population = Number(process.argv[3] ?? 1000);
const rounds = Number(process.argv[4] ?? 5);
const bundled = loadCatalogue();
function* cases(catalogue: Catalogue, count: number, seed: number): Generator<SimulationCase> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) yield { ...syntheticCase(catalogue, random, i), origin: 'synthetic', madeFor: catalogue };
}
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const sizes = factors.map((factor) => {
  const catalogue = growthCatalogue(bundled, factor);
  // The first case builds the per-catalogue look-up tables and (for the first size) runs cold code: shown, not judged.
  const firstStart = process.cpuUsage();
  simulatePopulation({ catalogue, cases: cases(catalogue, 1, 3), seed: '3' });
  return { factor, catalogue, firstCaseMs: cpuMs(firstStart), microsPerCase: [] as number[], outcomes: undefined as Record<string, number> | undefined };
});
// Warm-up cases come from another seed, so the timed ones are new to every cache.
for (const { catalogue } of sizes) simulatePopulation({ catalogue, cases: cases(catalogue, WARM_UP, 2), seed: '2' });
for (let round = 0; round < rounds; round++) {
  for (const size of sizes) {
    const start = process.cpuUsage();
    size.outcomes = simulatePopulation({ catalogue: size.catalogue, cases: cases(size.catalogue, population, 10 + round), seed: String(10 + round) }).outcomes;
    size.microsPerCase.push((cpuMs(start) * 1000) / population);
  }
}
console.log(
  JSON.stringify({
    population,
    warmUp: WARM_UP,
    peakMb: process.resourceUsage().maxRSS / 1024,
    sizes: sizes.map(({ factor, catalogue, firstCaseMs, microsPerCase, outcomes }) => ({
      factor,
      microsPerCase,
      firstCaseMs,
      questions: catalogue.questions.length,
      requirements: catalogue.requirements.length,
      outcomes,
    })),
  }),
);
