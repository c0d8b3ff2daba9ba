/**
 * Loading and validating the bundled catalogue: in process, and `spec validate` as a whole process
 * beside a bare `node -e ""` (target: at most 2.5×).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTiming, timeBareNode, timeInProcess, timeProcess } from './measure.js';
import { readCatalogue } from '../src/catalogue/read-catalogue.js';
import { bundledSpecDir } from '../src/package-paths.js';
import { defaultCacheDir } from '../src/catalogue/parsed-yaml-cache.js';

export async function bench(print: (line: string) => void): Promise<void> {
  const bin = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'cli', 'bin.js');
  const inProcess = await timeInProcess('load + validate bundled catalogue (in process)', () => readCatalogue(bundledSpecDir));
  print(formatTiming(inProcess));
  const cacheDir = defaultCacheDir();
  const cached = await timeInProcess('the same, parses from the cache', () => readCatalogue(bundledSpecDir, process.cwd(), { cacheDir }));
  print(formatTiming(cached));
  const bare = timeBareNode(15);
  const validate = timeProcess('node dist/cli/bin.js spec validate', [process.execPath, bin, 'spec', 'validate'], 15);
  const uncached = timeProcess('the same with PKVW_NO_CACHE=1', ['env', 'PKVW_NO_CACHE=1', process.execPath, bin, 'spec', 'validate'], 5);
  const help = timeProcess('node dist/cli/bin.js --help', [process.execPath, bin, '--help'], 15);
  print(formatTiming(bare));
  print(formatTiming(validate, bare));
  print(formatTiming(uncached, bare));
  print(formatTiming(help, bare));
  const ratio = validate.meanMs / bare.meanMs;
  print(`spec validate / node -e "": ${ratio.toFixed(2)}× (target ≤ 2.5×)${ratio <= 2.5 ? '' : '  OVER TARGET'}`);
}
