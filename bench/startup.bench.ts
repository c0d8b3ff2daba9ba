/**
 * Whole processes beside `node -e ""`, pair by pair: `spec validate` (warm, and on an edited copy
 * with no cache, so the YAML is really parsed), `assess`, `check --demo`, the first question of an
 * interactive `check` in a terminal, and `certify`.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { cataloguePlan } from '../src/verdict/catalogue-plan.js';
import { createTestIssuer, writeTestIssuer } from '../src/signing/test-issuer.js';
import { bundledSpecDir, fixturesDir, packageRoot } from '../src/package-paths.js';
import { formatPaired, timePaired, timeToOutputPaired } from './measure.js';
import { ratioRow, type BenchRow, type Print } from './row.js';

const cli = join(packageRoot, 'dist', 'cli', 'bin.js');
const node = (...args: string[]) => [process.execPath, cli, ...args];

export async function bench(print: Print): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-bench-startup-'));
  try {
    const warm = timePaired('spec validate (cache warm)', node('spec', 'validate'), 15);
    print(formatPaired(warm));
    rows.push(ratioRow('`spec validate`, cache warm', warm, 2.0));

    // An edited copy: every run changes a comment, so nothing precompiled or cached can be reused.
    const edited = join(dir, 'spec');
    cpSync(bundledSpecDir, edited, { recursive: true });
    let edits = 0;
    const edit = () => appendFileSync(join(edited, 'wonen.yaml'), `# edit ${++edits}\n`);
    const cold = timePaired('spec validate DIR (edited, PKVW_NO_CACHE=1)', node('spec', 'validate', edited), 11, { env: { ...process.env, PKVW_NO_CACHE: '1' }, before: edit });
    print(formatPaired(cold));
    rows.push(ratioRow('`spec validate`, no cache (YAML parsed as after an edit)', cold, 3.0));

    const assess = timePaired('assess zelfcheck-voorbeeld.yaml', node('assess', join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml')), 15);
    print(formatPaired(assess));
    rows.push(ratioRow('`assess`', assess, 3.0));

    const demo = timePaired('check --demo', node('check', '--demo'), 11, { cwd: mkdir(join(dir, 'demo')) });
    print(formatPaired(demo));
    rows.push(ratioRow('`check --demo`', demo, 8.0));

    const catalogue = loadCatalogue();
    const first = cataloguePlan(catalogue).questionsInFlowOrder[0]?.text.nl ?? '';
    const terminal = await timeToOutputPaired('check in a terminal, to the first question', node('check'), first, 11, { cwd: mkdir(join(dir, 'terminal')) });
    print(formatPaired(terminal));
    rows.push(ratioRow('`check` in a terminal: time to the first question', terminal, 3.0));

    const issuer = createTestIssuer({ now: new Date('2026-11-28T12:00:00Z') });
    const paths = writeTestIssuer(join(dir, 'issuer'), issuer);
    const example = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
    const certify = timePaired('certify inspectie-voorbeeld.yaml', node('certify', example, '--issuer', paths.p12, '--passphrase-file', paths.passphrase, '--out', join(dir, 'certificaat.pdf')), 11);
    print(formatPaired(certify));
    rows.push(ratioRow('`certify`, whole process', certify, 8.0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function mkdir(path: string): string {
  return mkdtempSync(`${path}-`);
}
