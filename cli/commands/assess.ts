import { chmodSync, writeFileSync } from 'node:fs';
import type { CliIo } from '../cli-io.js';
import { evaluateAnswersFile, resolveUserPath } from './assessment-input.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { EXIT, ioError } from '../../src/problems/errors.js';
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
    const path = at(options.out);
    try {
      // The verdict carries answers: only its owner may read it. chmod also tightens an existing file.
      writeFileSync(path, canonicalVerdictJson(verdict), { mode: 0o600 });
      chmodSync(path, 0o600);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
      throw ioError('file-unwritable', { path: options.out, reason }, options.out);
    }
  }
  io.stdout(options.json ? JSON.stringify(verdict, null, 2) + '\n' : renderVerdictText(verdict, catalogue, options.lang));
  return EXIT.ok;
}
