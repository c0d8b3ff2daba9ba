/**
 * The generated HTML in a real browser (headless Chromium, Debian package `chromium`): parsed as
 * intended, rendered to a non-empty screenshot, and printed with a page per chapter.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { renderCatalogueHtml } from '../../src/policy/catalogue-html.js';
import { fixturesDir } from '../../src/package-paths.js';
import { requireTool } from '../support/system-tools.js';

const run = promisify(execFile);
const catalogue = loadCatalogue();
const scratch = mkdtempSync(join(tmpdir(), 'pkvw-chromium-'));
const page = join(scratch, 'catalogus.nl.html');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs chromium headless with a private profile and no network chatter; returns stdout. */
async function chromium(...args: string[]): Promise<string> {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${join(scratch, 'profile')}`,
  ];
  const { stdout } = await run(requireTool('chromium'), [...flags, ...args, `file://${page}`], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

describe('the catalogue HTML in headless Chromium', () => {
  let dom = '';
  beforeAll(async () => {
    writeFileSync(page, renderCatalogueHtml(catalogue, 'nl'));
    dom = await chromium('--dump-dom');
  });

  it('shows the title and the numbered chapter headings', () => {
    expect(dom).toContain(`<h1 id="top">${catalogue.metadata.title.nl.replace(/&/g, '&amp;')} ${catalogue.metadata.version}</h1>`);
    for (const heading of ['1. Risicoschaal', '3. Welke eis bij welk scenario', 'Eisen: Wonen', 'Uitzonderingen', 'Bronnen']) expect(dom).toMatch(new RegExp(`<h2[^>]*>[^<]*${heading}</h2>`));
  });

  it('has a matrix with a row per requirement and a column per scenario', () => {
    const matrix = dom.slice(dom.indexOf('<table class="matrix">'), dom.indexOf('</table>', dom.indexOf('<table class="matrix">')));
    expect(matrix.match(/<tr>/g)?.length).toBe(catalogue.requirements.length + 1);
    expect(matrix.match(/<th scope="col">/g)?.length).toBe(catalogue.scenarios.length + 1);
  });

  it('has a card for a requirement with its texts, risk links and evidence', () => {
    const requirement = catalogue.requirements[0];
    if (!requirement) throw new Error('the bundled catalogue has requirements');
    const start = dom.indexOf(`<article class="card" id="eis-${requirement.id.toLowerCase()}">`);
    expect(start).toBeGreaterThan(0);
    const card = dom.slice(start, dom.indexOf('</article>', start));
    expect(card).toContain(`<h3>${requirement.id} `);
    for (const label of ['Verantwoordelijk', 'Geldt vanaf', 'Bewijs voor een certificaat', 'Onderbouwing:', 'Wat te doen:']) expect(card).toContain(label);
    expect(card).toContain('vanaf niveau');
  });

  it('renders a screenshot', async () => {
    const shot = join(scratch, 'catalogus.png');
    await chromium('--window-size=1100,1600', `--screenshot=${shot}`);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(shot).size).toBeGreaterThan(50_000);
  });

  it('prints each chapter on its own pages', async () => {
    // The small test catalogue would fit on a few pages; only page breaks make one per chapter.
    const small = renderCatalogueHtml(loadCatalogue(join(fixturesDir, 'catalogues', 'minimal')), 'nl');
    writeFileSync(page, small);
    const pdf = join(scratch, 'minimal.pdf');
    await chromium('--no-pdf-header-footer', `--print-to-pdf=${pdf}`);
    const pages = readFileSync(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual((small.match(/<section class="chapter"/g) ?? []).length);
  });
});
