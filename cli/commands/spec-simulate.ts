/**
 * `pkvw-light spec simulate [--cases DIR] [--population N --seed S] [--against OLD] [--json]`:
 * evaluates the fixture cases plus a seeded synthetic population, drawn from the bundled population
 * model (spec/populations/dsp-2026.yaml), and reports outcomes, the
 * requirements that fail most, the gap-plan cost and, with `--against`, the cases that flip.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import type { Catalogue, Language } from '../../src/catalogue/catalogue-types.js';
import type { Answers } from '../../src/answers/answers-types.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { bundledSpecDir, fixturesDir, packageRoot } from '../../src/package-paths.js';
import { catalogueAt } from '../../src/policy/catalogue-at.js';
import { simulatePopulation, type SimulationCase } from '../../src/policy/simulate-population.js';
import { renderSimulationText } from '../../src/policy/simulation-text.js';
import { seededRandom, seedFromText } from '../../src/policy/seeded-random.js';
import { populationCaseGenerator } from '../../src/policy/population-draw.js';
import { bundledPopulationModel, readPopulationModel } from '../../src/policy/read-population-model.js';
import { formatProblemLine, type ProblemUserError, type TypedProblem } from '../../src/messages/render-problem.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import { fileError } from '../../src/files/file-error.js';
import { readUserFile } from '../../src/files/read-user-file.js';
import { hasErrors, type Problem } from '../../src/problems/problem.js';
import { YAML_FILE_LIMIT, parseYamlDocument } from '../../src/yaml/yaml-document.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface SpecSimulateOptions {
  cases?: string;
  population: string;
  seed: string;
  against?: string;
  json: boolean;
  spec?: string;
  lang: Language;
  /** A population model: draw bestuurders from it instead of the fixture cases (`spec-simulate-model.ts`). */
  model?: string;
  baseline?: string;
  runs?: string;
  chart?: string;
}

/** Progress goes to stderr every this many cases, and only on runs at least this long. */
const PROGRESS_EVERY = 1000;
const MAX_POPULATION = 1_000_000;

export async function runSpecSimulate(options: SpecSimulateOptions, io: CliIo): Promise<number> {
  const population = Number(options.population);
  if (!/^\d+$/.test(options.population) || population > MAX_POPULATION) {
    throw userError('bad-option', { option: '--population', value: options.population, expected: `0..${MAX_POPULATION}` }, {}, EXIT.usage);
  }
  const catalogue = catalogueAt(options.spec ?? bundledSpecDir, io.cwd);
  const against = options.against === undefined ? undefined : catalogueAt(options.against, io.cwd);
  if (options.model !== undefined) {
    if (options.cases !== undefined) throw userError('simulate-options-exclude', { option: '--cases', other: '--model' }, {}, EXIT.usage);
    const { runSpecSimulateModel } = await import('./spec-simulate-model.js');
    const { model, baseline, runs, chart, json, seed, lang } = options;
    return runSpecSimulateModel({ model, population, seed, runs: runs ?? '10', json, lang, ...(baseline !== undefined ? { baseline } : {}), ...(chart !== undefined ? { chart } : {}) }, catalogue, against, io);
  }
  const needsModel = (['baseline', 'runs', 'chart'] as const).find((key) => options[key] !== undefined);
  if (needsModel) throw userError('simulate-option-needs-model', { option: `--${needsModel}` }, {}, EXIT.usage);

  const warn = (problem: Problem) => io.stderr(`${formatProblemLine(problem, options.lang)}\n`);
  const fixtureCases = readCases(options.cases, io.cwd, [catalogue, ...(against ? [against] : [])], warn);
  // The synthetic bestuurders come from the bundled population model, drawn for the catalogue it
  // is validated against; under --against their answers are carried over like a fixture's.
  const modelFile = relative(packageRoot, bundledPopulationModel);
  const model = population > 0 ? readPopulationModel(bundledPopulationModel, catalogue, { label: modelFile, onWarnings: (warnings) => warnings.forEach(warn) }) : undefined;
  const syntheticCase = model && populationCaseGenerator(model, population);
  // Counted in a Map: as an object's keys, each office new to the run (they come office by office)
  // was a property name the optimised generator had not seen, and V8 threw its code away.
  const roles = new Map<string, number>((model?.offices ?? []).map((o) => [o.role, 0]));
  const random = seededRandom(seedFromText(options.seed));
  const progress = (done: number, total: number) => {
    if (total >= PROGRESS_EVERY && (done % PROGRESS_EVERY === 0 || done === total)) io.stderr(commandWords[options.lang].simulateProgress(done, total));
  };
  // A generator: each synthetic case is made, evaluated and dropped before the next, so memory
  // stays flat however large the population.
  function* cases(): Generator<SimulationCase> {
    yield* fixtureCases;
    for (let i = 0; syntheticCase && i < population; i++) {
      const drawn = syntheticCase(catalogue, random, i);
      roles.set(drawn.answers.subject.role, (roles.get(drawn.answers.subject.role) ?? 0) + 1);
      yield { ...drawn, origin: 'synthetic', madeFor: catalogue };
    }
  }

  const report = simulatePopulation({
    catalogue,
    ...(against ? { against } : {}),
    cases: cases(),
    expectedCases: fixtureCases.length + population,
    seed: options.seed,
    onProgress: progress,
  });
  const drawnFrom = model ? { ...report, population: { model: model.model.id, file: modelFile, roles: Object.fromEntries(roles) } } : report;
  io.stdout(options.json ? `${JSON.stringify(drawnFrom, null, 2)}\n` : renderSimulationText(drawnFrom, options.lang, catalogue));
  return EXIT.ok;
}

/**
 * The answers files in `dir`: `<dir>/<case>/answers.yaml` and `<dir>/*.yaml`, by name. Each is
 * validated against the first catalogue that accepts it; one that fits none is skipped with a
 * warning naming only problem codes (never an answer).
 */
function readCases(dir: string | undefined, cwd: string, catalogues: readonly Catalogue[], warn: (p: Problem) => void): SimulationCase[] {
  const folder = dir === undefined ? join(fixturesDir, 'cases') : isAbsolute(dir) ? dir : join(cwd, dir);
  if (dir === undefined && !existsSync(folder)) return [];
  let entries: { name: string; file: string }[];
  try {
    entries = readdirSync(folder, { withFileTypes: true })
      .flatMap((entry) => {
        if (entry.isDirectory() && existsSync(join(folder, entry.name, 'answers.yaml'))) return [{ name: entry.name, file: join(folder, entry.name, 'answers.yaml') }];
        if (entry.isFile() && entry.name.endsWith('.yaml')) return [{ name: entry.name.replace(/\.yaml$/, ''), file: join(folder, entry.name) }];
        return [];
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw fileError(error, dir ?? folder);
  }
  if (entries.length === 0) warn({ code: 'simulate-no-cases', severity: 'warning', params: { path: dir ?? relative(cwd, folder) } } satisfies TypedProblem);
  return entries.flatMap(({ name, file }) => {
    const label = relative(cwd, file) || file;
    const answers = validatedAnswers(readUserFile(file, { label, ...YAML_FILE_LIMIT }), label, catalogues);
    if ('problems' in answers) {
      warn({ code: 'simulate-case-invalid', severity: 'warning', file: label, params: { case: name, codes: [...new Set(answers.problems.map((p) => p.code))].join(', ') } } satisfies TypedProblem);
      return [];
    }
    return [{ name, origin: 'fixture' as const, answers: answers.answers }];
  });
}

function validatedAnswers(bytes: Uint8Array, label: string, catalogues: readonly Catalogue[]): { answers: Answers } | { problems: Problem[] } {
  const parsed = parseYamlDocument(bytes, label);
  if (!parsed.document) return { problems: parsed.problems };
  const problems: Problem[] = [];
  for (const catalogue of catalogues) {
    const result = validateAnswers(parsed.document, catalogue);
    if (result.answers && !hasErrors(result.problems)) return { answers: result.answers };
    problems.push(...result.problems);
  }
  return { problems };
}
