/**
 * A headless Chromium from Debian (`chromium` on PATH, see system-tools.ts; no browser download) driven by
 * puppeteer-core, for the browser tests: one browser per test file, with every request attempt
 * recorded. Requests are intercepted (anything but the page itself is aborted and recorded), and
 * Content-Security-Policy violations are recorded too, since the CSP stops a connection before
 * it becomes a request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireTool } from '../support/system-tools.js';

export interface RecordedPage {
  page: Page;
  /** Every request other than the page's own document, blocked or not. */
  requests: string[];
  /** Every CSP violation the page reported: the blocked URL and the directive. */
  violations: () => Promise<{ blockedURI: string; directive: string }[]>;
  errors: string[];
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: the test may run as root in a container, where Chromium's sandbox cannot start.
  return puppeteer.launch({ executablePath: requireTool('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check'] });
}

/** A page that allows exactly `documentUrl` (and the blob: URLs of its own downloads) and records everything else. */
export async function recordedPage(browser: Browser, documentUrl: string): Promise<RecordedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const requests: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url === documentUrl) return void request.continue();
    requests.push(url);
    void request.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Installed by DevTools before any page script, so not subject to the page's CSP.
  await page.evaluateOnNewDocument(() => {
    const seen: { blockedURI: string; directive: string }[] = [];
    (window as unknown as { __violations: typeof seen }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ blockedURI: event.blockedURI, directive: event.effectiveDirective }));
  });
  return {
    page,
    requests,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: { blockedURI: string; directive: string }[] }).__violations),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now (rule id and the elements). */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated through DevTools, which the page's CSP does not govern (the page itself could not load it).
  await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

/** Presses Tab until the focused element's text (or label) is `text`; fails after `limit` presses. */
export async function tabTo(page: Page, text: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no element "${text}" within ${limit} presses of Tab`);
}

/** Presses Tab until the focused element matches `selector`. */
export async function tabToSelector(page: Page, selector: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no element ${selector} within ${limit} presses of Tab`);
}
