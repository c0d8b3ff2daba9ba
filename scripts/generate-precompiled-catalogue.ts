// Regenerates the precompiled bundled catalogue from spec/*.yaml. Run after editing the catalogue:
//   npx tsx scripts/generate-precompiled-catalogue.ts
// A test fails when the committed snapshot differs from a fresh validation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledSpecDir, packageRoot } from '../src/package-paths.js';
import { PRECOMPILED_MODULE, renderPrecompiledModule } from '../src/catalogue/render-precompiled-catalogue.js';

writeFileSync(join(packageRoot, PRECOMPILED_MODULE), renderPrecompiledModule(bundledSpecDir));
console.log(`wrote ${PRECOMPILED_MODULE}`);
