import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { buildSite } from '../../src/web/build-site.js';
import { SITE_PAGES } from '../../src/web/site/site-pages.js';
import { axeViolations, launchBrowser, recordedPage, tabTo, type RecordedPage } from './browser.js';

const scratch = mkdtempSync(join(tmpdir(), 'pkvw-site-'));
let browser: Browser;
let recorded: RecordedPage;

beforeAll(async () => {
  const { html } = await buildSite();
  writeFileSync(join(scratch, 'index.html'), html);
  const url = pathToFileURL(join(scratch, 'index.html')).href;
  browser = await launchBrowser();
  recorded = await recordedPage(browser, url);
  await recorded.page.goto(url);
});

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the site shell', () => {
  it('lists every page in its menu and opens each by keyboard, in both languages, with no WCAG 2.1 AA violation', async () => {
    const { page } = recorded;
    expect(await page.$$eval('header nav a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(SITE_PAGES.map((p) => `#${p.id}`));
    for (const lang of ['nl', 'en'] as const) {
      for (const sitePage of SITE_PAGES) {
        await tabTo(page, sitePage.title(lang));
        await page.keyboard.press('Enter');
        // location.hash changes before the hashchange handler renders: wait for the rendered menu, not the URL.
        await page.waitForFunction(
          (id, title) => location.hash === `#${id}` && document.querySelector('header a[aria-current="page"]')?.textContent === title,
          {},
          sitePage.id,
          sitePage.title(lang),
        );
        expect(await page.$eval('header a[aria-current="page"]', (link) => link.textContent)).toBe(sitePage.title(lang));
        expect(await page.title()).toContain(sitePage.title(lang));
        expect({ page: sitePage.id, lang, violations: await axeViolations(page) }).toEqual({ page: sitePage.id, lang, violations: [] });
      }
      if (lang === 'nl') {
        await tabTo(page, 'English');
        await page.keyboard.press('Enter');
      }
    }
    expect(recorded.requests).toEqual([]);
    expect(await recorded.violations()).toEqual([]);
    expect(recorded.errors).toEqual([]);
  });
});
