/**
 * Issue #11: every finding of the review of 0.1.0 (/work/shared/reviews, thirteen findings) is
 * answered in spec/README.md, with what changed and what stays and why.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-paths.js';

const readme = readFileSync(join(packageRoot, 'spec', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Reactie op de review van 0.1.0'), readme.indexOf('\n## ', readme.indexOf('## Reactie op de review van 0.1.0') + 1));
const rows = section.split('\n').filter((line) => /^\| \d+ — /.test(line));

describe('the answer to the review of 0.1.0 in spec/README.md', () => {
  it('has one row per finding, 1 to 13, in order', () => {
    expect(rows.map((row) => Number(/^\| (\d+) —/.exec(row)?.[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('says for every finding what changed and what stays (or "—")', () => {
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(cells, row.slice(0, 60)).toHaveLength(3);
      expect(cells[1]?.trim().length, row.slice(0, 60)).toBeGreaterThan(20);
      expect(cells[2]?.replace(/\|$/, '').trim().length, row.slice(0, 60)).toBeGreaterThan(0);
    }
  });
});
