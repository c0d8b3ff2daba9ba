// Regenerates docs/problem-codes.md, the list of every problem code with its nl and en message, from the message maps:
//   npx tsx scripts/generate-problem-codes.ts
// A test (test/messages/problem-codes.test.ts) fails when the committed list drifts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { PROBLEM_CODE_LIST_FILE, renderProblemCodeList } from '../src/messages/problem-code-list.js';

writeFileSync(join(packageRoot, PROBLEM_CODE_LIST_FILE), renderProblemCodeList());
console.log(`wrote ${PROBLEM_CODE_LIST_FILE}`);
