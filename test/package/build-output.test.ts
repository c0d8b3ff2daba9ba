import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';

describe('the build', () => {
  // `npm test` rebuilds dist/ from scratch; tsc writes bin.js without the execute bit that npm ci had
  // linked, so `npx pkvw-light` failed with "Permission denied" after the tests ran.
  it('leaves the command executable, so npx pkvw-light still runs after npm test', () => {
    expect(statSync(join(packageRoot, 'dist', 'cli', 'bin.js')).mode & 0o111).not.toBe(0);
  });
});
