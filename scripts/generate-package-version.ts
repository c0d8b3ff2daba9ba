// Regenerates src/package-version.generated.ts from package.json (npm's `version` script runs it):
//   npx tsx scripts/generate-package-version.ts
// The engine version goes into every verdict; a module, not a read of package.json, so the core
// does no I/O and bundles for a browser. A test fails when it drifts from package.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { PACKAGE_VERSION_MODULE, renderPackageVersionModule } from '../src/package-version-module.js';

writeFileSync(join(packageRoot, PACKAGE_VERSION_MODULE), renderPackageVersionModule());
console.log(`wrote ${PACKAGE_VERSION_MODULE}`);
