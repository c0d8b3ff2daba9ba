/**
 * The verification page in Debian's Chromium (puppeteer-core, no browser download): a genuine
 * certificate is valid, a tampered one invalid naming the check, one past its validity expired,
 * one whose signing key is on the CA's CRL revoked; axe-core finds no WCAG 2.1 AA violation; and
 * no request leaves the page, blocked ones included. The certificates are made here by the TEST
 * issuer, as the CLI tests make them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/web/build-site.js';
import { distinguishedName, readCertificate } from '../../src/signing/x509-certificate.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { certify, run, tempDir, testIssuerFiles, type IssuerFiles } from '../signing/signing-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
describe('the verification page', () => {
  let browser: Browser;
  let issuer: IssuerFiles;
  let dir: string;
  let url: string;
  let documentUrl: string;
  let genuine: string;
  let tampered: string;
  let revokingCrl: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    // The firm's key outlives the certificate, so a late date makes it expired and nothing else.
    issuer = testIssuerFiles({ firmValidTo: new Date('2031-06-01T00:00:00Z') });
    dir = tempDir();
    genuine = await certify(issuer, join(dir, 'certificaat.pdf'));
    const bytes = readFileSync(genuine);
    // One byte of the header comment, inside the signed range: the message digest no longer matches.
    bytes[10] = (bytes[10] ?? 0) ^ 0x01;
    tampered = join(dir, 'vervalst.pdf');
    writeFileSync(tampered, bytes);
    revokingCrl = join(dir, 'ingetrokken.crl.pem');
    expect((await run(['issuer', 'test-crl', issuer.dir, '--revoke-firm', '--out', revokingCrl])).code).toBe(0);
    const { html } = await buildSite({ trustAnchors: readTrustedCertificates(issuer.trust).map((der) => ({ name: distinguishedName(readCertificate(der).subject), der })) });
    writeFileSync(join(dir, 'index.html'), html);
    url = `${pathToFileURL(join(dir, 'index.html')).href}#verificatie`;
    documentUrl = pathToFileURL(join(dir, 'index.html')).href;
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1200 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // A data: URL holds its content in itself and reaches no network (Chromium's date-picker icon is one).
      if (request.url().split('#')[0] === documentUrl || request.url().startsWith('data:')) return void request.continue();
      requests.push(request.url());
      void request.abort('blockedbyclient');
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.goto(url);
    return page;
  }

  async function verify(page: Page, pdf: string, options: { at?: string; lists?: string[] } = {}): Promise<{ status: string; text: string }> {
    if (options.at !== undefined) await page.$eval('#verify-at', (input, at) => void ((input as HTMLInputElement).value = at), options.at);
    if (options.lists) await (await page.$('input#verify-lists'))?.uploadFile(...options.lists);
    await (await page.$('input#verify-pdf'))?.uploadFile(pdf);
    await page.waitForSelector('#verify-status[data-status]');
    return page.$eval('#verify-status', (node) => ({ status: node.getAttribute('data-status') ?? '', text: node.textContent ?? '' }));
  }

  const failedChecks = (page: Page) => page.$$eval('#verify-checks li[data-status="failed"]', (nodes) => nodes.map((n) => n.getAttribute('data-check')));

  it('says a genuine certificate is valid, with the firm, dwelling, dates and what it covers, and that revocation was not checked', async () => {
    const page = await open();
    const { status, text } = await verify(page, genuine, { at: '2026-12-01' });
    expect(status).toBe('valid');
    expect(text).toContain('GELDIG');
    const statement = await page.$eval('#verify-statement', (node) => node.textContent ?? '');
    for (const expected of ['Voorbeeld Sloten en Beveiliging B.V.', '3511 AB 12', '2026-11-28', '2030-11-27', 'pkvw-light']) expect(statement).toContain(expected);
    expect(await failedChecks(page)).toEqual([]);
    expect(await page.$eval('#verify-revocation', (node) => node.textContent ?? '')).toContain('Intrekking niet gecontroleerd');
    expect(await page.$eval('#verify-trust', (node) => node.textContent ?? '')).toContain('TEST CA');
    await page.close();
  });

  it('says a tampered certificate is invalid and names the check that failed', async () => {
    const page = await open();
    const { status, text } = await verify(page, tampered, { at: '2026-12-01' });
    expect(status).toBe('invalid');
    expect(text).toContain('ONGELDIG');
    expect(text).toContain(renderProblemMessage({ code: 'verify-digest-mismatch', severity: 'error', params: {} }, 'nl'));
    expect(await failedChecks(page)).toContain('message-digest');
    expect(await page.$eval('#verify-failed', (node) => node.textContent ?? '')).toContain(renderProblemMessage({ code: 'verify-check-message-digest', severity: 'error', params: {} }, 'nl'));
    await page.close();
  });

  it('says a certificate past its validity is expired, not forged', async () => {
    const page = await open();
    const { status, text } = await verify(page, genuine, { at: '2030-11-28' });
    expect(status).toBe('expired');
    expect(text).toContain('VERLOPEN');
    expect(await failedChecks(page)).toEqual(['validity-period']);
    await page.close();
  });

  it("says it is revoked when the CA's CRL lists the firm's signing key, and that the firm's own list was not checked", async () => {
    const page = await open();
    const { status, text } = await verify(page, genuine, { at: '2026-12-01', lists: [revokingCrl] });
    expect(status).toBe('revoked');
    expect(text).toContain('INGETROKKEN');
    expect(await failedChecks(page)).toEqual(['signer-not-revoked']);
    expect(await page.$eval('#verify-revocation', (node) => node.textContent ?? '')).toContain('CRL van de CA is gecontroleerd');
    await page.close();
  });

  it('answers whether a measure is covered, by name, from the keyboard, and switches to English keeping the result', async () => {
    const page = await open();
    await verify(page, genuine, { at: '2026-12-01' });
    await page.focus('#verify-measure');
    await page.keyboard.type('WON-16');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#verify-measure-answer [data-measure]');
    const answer = await page.$eval('#verify-measure-answer', (node) => ({ text: node.textContent ?? '', covered: node.querySelector('[data-measure]')?.getAttribute('data-covered') }));
    expect(answer.text).toContain('WON-16');
    expect(answer.covered).toBe('true');
    // With PKVW_WEB_SCREENSHOTS=docs/images the README's screenshot of this page is made anew.
    const folder = process.env.PKVW_WEB_SCREENSHOTS;
    if (folder) await page.screenshot({ path: join(folder, 'web-verificatie.png'), clip: { x: 0, y: 0, width: 1000, height: 2800 }, captureBeyondViewport: true });
    await page.click('header .language');
    await page.waitForSelector('#verify-status[data-status="valid"]');
    expect(await page.$eval('#verify-status', (node) => node.textContent ?? '')).toContain('VALID');
    expect(await page.$eval('#verify-measure-answer', (node) => node.textContent ?? '')).toContain('covered');
    await page.close();
  });

  it('has no WCAG 2.1 A or AA violation that axe-core finds, before and after a result', async () => {
    const page = await open();
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations = async () => {
      await page.evaluate(`${axeSource};0`);
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
      });
    };
    expect(await violations()).toEqual([]);
    await verify(page, tampered, { at: '2026-12-01' });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('sent no request and broke no CSP rule in any of it, and raised no error', async () => {
    const page = await open();
    await verify(page, genuine, { at: '2026-12-01', lists: [revokingCrl] });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
    expect(errors.join('\n')).toBe('');
    expect(requests).toEqual([]);
  });
});
