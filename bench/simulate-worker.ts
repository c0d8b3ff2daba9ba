/**
 * One simulation in a process of its own, so its peak memory is its own:
 * `node dist/bench/simulate-worker.js FACTOR POPULATION` prints one JSON line with the wall and CPU
 * time of the simulation (catalogue already loaded), the catalogue's size and the peak resident memory.
 */
import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { seededRandom } from '../src/policy/seeded-random.js';
import { simulatePopulation, type SimulationCase } from '../src/policy/simulate-population.js';
import { syntheticCase } from '../src/policy/synthetic-population.js';
import { growthCatalogue } from './growth-catalogue.js';

const factor = Number(process.argv[2] ?? 1);
const population = Number(process.argv[3] ?? 1000);
const catalogue = growthCatalogue(loadCatalogue(), factor);
const random = seededRandom(1);
function* cases(): Generator<SimulationCase> {
  for (let i = 0; i < population; i++) yield { ...syntheticCase(catalogue, random, i), origin: 'synthetic', madeFor: catalogue };
}
const start = performance.now();
const cpuStart = process.cpuUsage();
const report = simulatePopulation({ catalogue, cases: cases(), seed: '1' });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ factor, population, ms, cpuMs: (cpu.user + cpu.system) / 1000, questions: catalogue.questions.length, requirements: catalogue.requirements.length, peakMb: process.resourceUsage().maxRSS / 1024, outcomes: report.outcomes }));
