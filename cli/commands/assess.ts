import type { CliIo } from '../cli-io.js';
import { evaluateAnswersFile, resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { OUTCOMES } from '../../src/policy/simulate-population.js';
import type { Outcome } from '../../src/verdict/verdict-types.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import { formatProblemLine, type ProblemUserError, type TypedProblem } from '../../src/messages/render-problem.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface AssessOptions {
  answers: string;
  json: boolean;
  out?: string;
  /** Comma-separated outcomes that make the command exit 1, for scripts (`--fail-on niet-op-orde,onvolledig`). */
  failOn?: string;
  spec?: string;
  lang: Language;
}

/** `pkvw-light assess ANSWERS.yaml`: exit 0 whenever a verdict was reached, unless its outcome is one `--fail-on` names. */
export async function runAssess(options: AssessOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  const failOn = options.failOn === undefined ? [] : parseOutcomes(options.failOn);
  const { catalogue, verdict } = evaluateAnswersFile(options, io);

  if (options.out !== undefined) {
    // The verdict carries answers: only its owner may read it.
    writeFileAtomically(at(options.out), canonicalVerdictJson(verdict), { label: options.out, access: 'private' });
  }
  io.stdout(options.json ? JSON.stringify(verdict, null, 2) + '\n' : renderVerdictText(verdict, catalogue, options.lang));
  if (!failOn.includes(verdict.outcome)) return EXIT.ok;
  io.stderr(formatProblemLine({ code: 'assess-outcome-fails', severity: 'error', params: { outcome: verdict.outcome } } satisfies TypedProblem, options.lang) + '\n');
  return EXIT.invalid;
}

function parseOutcomes(list: string): Outcome[] {
  return list.split(',').map((name) => {
    const outcome = OUTCOMES.find((known) => known === name.trim());
    if (outcome === undefined) throw userError('bad-option', { option: '--fail-on', value: name.trim(), expected: OUTCOMES.join(', ') }, {}, EXIT.usage);
    return outcome;
  });
}
