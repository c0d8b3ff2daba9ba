import { isAbsolute, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import type { Catalogue, Language } from '../../src/catalogue/catalogue-types.js';
import type { Answers } from '../../src/answers/answers-types.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import type { Problem } from '../../src/problems/problem.js';
import type { YamlDocument } from '../../src/yaml/yaml-document.js';
import { pointerSegments } from '../../src/schema-validation/validate-against-schema.js';

/** A path as the user typed it, taken relative to the command's working folder. */
export function resolveUserPath(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/**
 * What `assess`, `report` and `certify` start from: the catalogue (bundled unless `--spec`), the
 * answers file read against it (warnings to stderr), and the verdict at the command's clock
 * (or `now`, e.g. certify --issued-at).
 */
export function evaluateAnswersFile(
  options: { answers: string; spec?: string; lang: Language },
  io: CliIo,
  now: Date = io.now(),
): { catalogue: Catalogue; answers: Answers; verdict: Verdict; locate: (problem: Problem) => Problem } {
  const catalogue = loadCatalogue(options.spec === undefined ? bundledSpecDir : resolveUserPath(io, options.spec));
  let document: YamlDocument | undefined;
  const answers = readAnswers(resolveUserPath(io, options.answers), catalogue, {
    label: options.answers,
    onDocument: (parsed) => (document = parsed),
    onWarnings: (warnings) => {
      for (const warning of warnings) io.stderr(formatProblemLine(warning, options.lang) + '\n');
    },
  });
  // A problem found after reading (e.g. an unproven claim) names its path; this points it into the file.
  const locate = (problem: Problem): Problem =>
    document === undefined || problem.path === undefined || problem.line !== undefined ? problem : { ...problem, file: document.file, ...document.locate(pointerSegments(problem.path), 'value') };
  return { catalogue, answers, verdict: evaluate(catalogue, answers, now), locate };
}
