/**
 * One `spec simulate` population in one process, timed in stretches of cases:
 * `node dist/bench/population-worker.js CASES BOUNDS [WARM_UP]` (BOUNDS such as `1922,10000,20000`)
 * prints one JSON line with the CPU and wall time of each stretch (0 to the first bound, then bound
 * to bound, the last one ending at CASES). The cases are the command's: the bundled population model
 * drawn for CASES bestuurders with seed 1, streamed through `simulatePopulation`. It shows where a
 * whole process's cost falls: a stretch that costs more per case than the later ones carries a
 * fixed cost (V8 compiling, on a thread of its own, so CPU time runs above wall time), not growth.
 * With WARM_UP, the process first simulates that many cases of another population (seed 2), so
 * the code is compiled and the shared tables hold what such a population brings before the timed
 * cases start. Past the timed population's first cases (whose new closures V8 compiles again),
 * what is left is what each further case of a population costs.
 */
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { bundledPopulationModel, readPopulationModel } from '../src/policy/read-population-model.js';
import { populationCaseGenerator } from '../src/policy/population-draw.js';
import { seededRandom, seedFromText } from '../src/policy/seeded-random.js';
import { simulatePopulation, type SimulationCase } from '../src/policy/simulate-population.js';

const population = Number(process.argv[2] ?? 100_000);
const bounds = [...(process.argv[3] ?? '').split(',').filter(Boolean).map(Number), population];
const warmUp = Number(process.argv[4] ?? 0);
const catalogue = loadCatalogue();
const model = readPopulationModel(bundledPopulationModel, catalogue);
function* cases(count: number, seed: string): Generator<SimulationCase> {
  const draw = populationCaseGenerator(model, count);
  const random = seededRandom(seedFromText(seed));
  for (let i = 0; i < count; i++) yield { ...draw(catalogue, random, i), origin: 'synthetic', madeFor: catalogue };
}
if (warmUp > 0) simulatePopulation({ catalogue, cases: cases(warmUp, '2'), seed: '2' });

const stretches: { from: number; to: number; cpuMicrosPerCase: number; wallMicrosPerCase: number }[] = [];
let from = 0;
let next = 0;
let cpu = process.cpuUsage();
let wall = performance.now();
simulatePopulation({
  catalogue,
  cases: cases(population, '1'),
  seed: '1',
  onProgress(done) {
    if (done !== bounds[next]) return;
    const used = process.cpuUsage(cpu);
    const now = performance.now();
    const count = done - from;
    stretches.push({ from, to: done, cpuMicrosPerCase: (used.user + used.system) / count, wallMicrosPerCase: ((now - wall) * 1000) / count });
    from = done;
    next += 1;
    cpu = process.cpuUsage();
    wall = now;
  },
});
console.log(JSON.stringify({ population, warmUp, stretches }));
