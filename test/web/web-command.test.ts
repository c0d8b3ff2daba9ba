import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { packageRoot } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { captureIo } from '../support/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'pkvw-web-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await runMain(args, io);
  return { code, out: io.out, err: io.err };
}

describe('pkvw-light web', () => {
  it('--out writes one self-contained index.html whose CSP allows only its own script and style', async () => {
    const { code, out } = await run(['web', '--out', 'site', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ format: 'pkvw-light/web@1', file: join('site', 'index.html'), catalogue: { id: 'pkvw-light', version: loadCatalogue().metadata.version, hash: loadCatalogue().hash }, trustAnchors: [] });
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'$/);
    // One script and one style, both inline: nothing is loaded from anywhere.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]* src=|<link[^>]* rel="stylesheet"/i);
    expect(statSync(join(dir, 'site', 'index.html')).mode & 0o777).toBe(0o644);
  });

  it('--trust lists the CAs of the folder for the verification page', async () => {
    expect((await run(['issuer', 'create-test', '--out', 'uitgever'])).code).toBe(0);
    const { code, out } = await run(['web', '--out', 'site-trust', '--trust', join('uitgever', 'trust'), '--json']);
    expect({ code, out }).toMatchObject({ code: 0 });
    const result = JSON.parse(out) as { trustAnchors: string[] };
    expect(result.trustAnchors).toHaveLength(1);
    expect(result.trustAnchors[0]).toMatch(/TEST/);
    expect(readFileSync(join(dir, 'site-trust', 'index.html'), 'utf8')).toContain('"trustAnchors":[{"name":');
  });

  it('--trust on a folder without certificates is a located usage error, not a crash', async () => {
    const { code, err } = await run(['web', '--trust', 'site']);
    expect(code).toBe(2);
    expect(err).toContain('site');
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('--serve shows the page on 127.0.0.1, answers nothing else, and stops on Ctrl-C', async () => {
    const child = spawn('node', [join(packageRoot, 'dist', 'cli', 'bin.js'), 'web', '--serve', '--lang', 'en'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((done) => createInterface({ input: child.stdout }).once('line', done));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)?.[0];
    expect(line).toContain('Ctrl-C');
    expect(url).toBeDefined();
    const page = await fetch(url ?? '');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<meta http-equiv="Content-Security-Policy"');
    expect((await fetch(`${url}../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${url}favicon.ico`)).status).toBe(404);
    expect((await fetch(url ?? '', { method: 'POST', body: 'x' })).status).toBe(405);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(0);
  });
});
