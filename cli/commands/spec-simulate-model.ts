/**
 * `pkvw-light spec simulate --model FILE [--baseline pkvw] [--population N] [--seed S] [--runs K]
 * [--against OLD] [--chart FILE] [--json]`: draws bestuurders from a population model and reports,
 * for PKVW-light and today's PKVW requirement side by side, what they could have funded.
 */
import { isAbsolute, join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { commandWords } from '../command-words.js';
import type { Catalogue, Language } from '../../src/catalogue/catalogue-types.js';
import { simulateImpact } from '../../src/policy/population-impact.js';
import { renderImpactText } from '../../src/policy/population-impact-text.js';
import { renderImpactSvg } from '../../src/policy/population-impact-svg.js';
import { readPopulationModel } from '../../src/policy/read-population-model.js';
import { formatProblemLine, type ProblemUserError } from '../../src/messages/render-problem.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface SpecSimulateModelOptions {
  model: string;
  baseline?: string;
  population: number;
  seed: string;
  runs: string;
  chart?: string;
  json: boolean;
  lang: Language;
}

/** Enough for stable 5th and 95th percentiles on a laptop; more is a choice, not a default. */
const MAX_RUNS = 200;
export const BASELINES = ['pkvw'] as const;

export function runSpecSimulateModel(options: SpecSimulateModelOptions, catalogue: Catalogue, against: Catalogue | undefined, io: CliIo): number {
  const runs = Number(options.runs);
  if (!/^\d+$/.test(options.runs) || runs > MAX_RUNS) throw userError('bad-option', { option: '--runs', value: options.runs, expected: `0..${MAX_RUNS}` }, {}, EXIT.usage);
  if (options.baseline !== undefined && !(BASELINES as readonly string[]).includes(options.baseline)) {
    throw userError('bad-option', { option: '--baseline', value: options.baseline, expected: BASELINES.join(', ') }, {}, EXIT.usage);
  }
  const path = isAbsolute(options.model) ? options.model : join(io.cwd, options.model);
  const model = readPopulationModel(path, catalogue, {
    label: options.model,
    onWarnings: (warnings) => warnings.forEach((w) => io.stderr(`${formatProblemLine(w, options.lang)}\n`)),
  });
  const report = simulateImpact({
    catalogue,
    model,
    population: options.population,
    seed: options.seed,
    sensitivityRuns: runs,
    baseline: options.baseline === 'pkvw',
    ...(against ? { against } : {}),
    onProgress: (done, total) => {
      if (total > 1 && options.population * total >= 20_000) io.stderr(commandWords[options.lang].simulateRun(done, total));
    },
  });
  if (options.chart !== undefined) {
    const chartPath = isAbsolute(options.chart) ? options.chart : join(io.cwd, options.chart);
    // Replaced, never written through: a FIFO at the path would block the command for good.
    writeFileAtomically(chartPath, renderImpactSvg(report, options.lang, catalogue, model), { label: options.chart, access: 'shared' });
  }
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderImpactText(report, options.lang, catalogue, model));
  return EXIT.ok;
}
