import type { CliIo } from '../cli-io.js';
import { evaluateAnswersFile, resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT } from '../../src/problems/errors.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';

export interface AssessOptions {
  answers: string;
  json: boolean;
  out?: string;
  spec?: string;
  lang: Language;
}

/** `pkvw-light assess ANSWERS.yaml`: exit 0 whenever a verdict was reached, whatever it says. */
export async function runAssess(options: AssessOptions, io: CliIo): Promise<number> {
  const at = (path: string) => resolveUserPath(io, path);
  const { catalogue, verdict } = evaluateAnswersFile(options, io);

  if (options.out !== undefined) {
    // The verdict carries answers: only its owner may read it.
    writeFileAtomically(at(options.out), canonicalVerdictJson(verdict), { label: options.out, access: 'private' });
  }
  io.stdout(options.json ? JSON.stringify(verdict, null, 2) + '\n' : renderVerdictText(verdict, catalogue, options.lang));
  return EXIT.ok;
}
