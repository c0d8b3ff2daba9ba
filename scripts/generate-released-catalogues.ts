// Regenerates the released catalogues module from spec/releases/*/. Run after adding a release:
//   npx tsx scripts/generate-released-catalogues.ts
// A test fails when the committed module differs from a fresh validation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { RELEASED_MODULE, renderReleasedModule } from '../src/certificate/render-released-catalogues.js';

writeFileSync(join(packageRoot, RELEASED_MODULE), renderReleasedModule());
console.log(`wrote ${RELEASED_MODULE}`);
