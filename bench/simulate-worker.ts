/**
 * One catalogue size in a process of its own, so its peak memory is its own:
 * `node dist/bench/simulate-worker.js FACTOR CASES BATCHES` prints one JSON line with the CPU time
 * per case of each of BATCHES simulations of CASES synthetic cases (catalogue loaded, process warmed
 * up by the number of cases it names), the CPU time of the very first case, the catalogue's size and the peak resident memory.
 */
import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { seededRandom } from '../src/policy/seeded-random.js';
import { simulatePopulation, type SimulationCase } from '../src/policy/simulate-population.js';
import { syntheticCase } from '../src/policy/synthetic-population.js';
import { growthCatalogue } from './growth-catalogue.js';

/**
 * Cases simulated before any is timed, at every size. V8 compiles the hot code in the first few
 * hundred cases (18:32, loaded machine: at 1× 250-case batches cost 1,296, 196, 199, 163… µs per
 * case, level from about the 1,000th case; at 10× level from about the 150th), and that one-off
 * cost, timed together with the per-case cost, made the small catalogues look dear per unit
 * (session 4: 152 µs at 1× against 87 µs per extra 1× above it).
 */
const WARM_UP = 1000;

const factor = Number(process.argv[2] ?? 1);
const population = Number(process.argv[3] ?? 1000);
const batches = Number(process.argv[4] ?? 5);
const catalogue = growthCatalogue(loadCatalogue(), factor);
function* cases(count: number, seed: number): Generator<SimulationCase> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) yield { ...syntheticCase(catalogue, random, i), origin: 'synthetic', madeFor: catalogue };
}
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// The first case builds the per-catalogue look-up tables and runs cold code: shown, not judged.
const firstStart = process.cpuUsage();
simulatePopulation({ catalogue, cases: cases(1, 3), seed: '3' });
const firstCaseMs = cpuMs(firstStart);
// Warm-up cases come from another seed, so the timed ones are new to every cache.
simulatePopulation({ catalogue, cases: cases(WARM_UP, 2), seed: '2' });
const microsPerCase: number[] = [];
const start = performance.now();
let outcomes: Record<string, number> | undefined;
for (let b = 0; b < batches; b++) {
  const batchStart = process.cpuUsage();
  outcomes = simulatePopulation({ catalogue, cases: cases(population, 10 + b), seed: String(10 + b) }).outcomes;
  microsPerCase.push((cpuMs(batchStart) * 1000) / population);
}
const ms = performance.now() - start;
console.log(
  JSON.stringify({
    factor,
    population,
    ms,
    microsPerCase,
    warmUp: WARM_UP,
    firstCaseMs,
    questions: catalogue.questions.length,
    requirements: catalogue.requirements.length,
    peakMb: process.resourceUsage().maxRSS / 1024,
    outcomes,
  }),
);
