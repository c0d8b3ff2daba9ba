/**
 * One simulation in a process of its own, so its peak memory is its own:
 * `node dist/bench/simulate-worker.js FACTOR POPULATION` prints one JSON line with the wall and CPU
 * time of the simulation (catalogue already loaded, process warmed up), the catalogue's size and the
 * peak resident memory.
 */
import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { seededRandom } from '../src/policy/seeded-random.js';
import { simulatePopulation, type SimulationCase } from '../src/policy/simulate-population.js';
import { syntheticCase } from '../src/policy/synthetic-population.js';
import { growthCatalogue } from './growth-catalogue.js';

const WARM_UP = 500;

const factor = Number(process.argv[2] ?? 1);
const population = Number(process.argv[3] ?? 1000);
const catalogue = growthCatalogue(loadCatalogue(), factor);
function* cases(count: number, seed: number): Generator<SimulationCase> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) yield { ...syntheticCase(catalogue, random, i), origin: 'synthetic', madeFor: catalogue };
}
// The per-case cost is timed once the process is warm: compiling the code and the per-catalogue
// look-up tables are a one-off cost of ~400 ms that differs by size (1x 375 ms, 2x 433 ms, 5x
// 498 ms, 10x 477 ms measured), so timed together with 2,000 cases it made the first step of the
// growth look steep. Warm-up cases come from another seed, so the timed ones are new to the caches.
simulatePopulation({ catalogue, cases: cases(WARM_UP, 2), seed: '2' });
const start = performance.now();
const cpuStart = process.cpuUsage();
const report = simulatePopulation({ catalogue, cases: cases(population, 1), seed: '1' });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ factor, population, ms, cpuMs: (cpu.user + cpu.system) / 1000, questions: catalogue.questions.length, requirements: catalogue.requirements.length, peakMb: process.resourceUsage().maxRSS / 1024, outcomes: report.outcomes }));
