/**
 * `pkvw-light web`: builds the offline web site (self-check, and the verification page when it is
 * in SITE_PAGES) into one index.html, and with --serve shows it on 127.0.0.1 until Ctrl-C.
 */
import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { bundledCatalogue } from '../../src/catalogue/precompiled-catalogue.js';
import { writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { buildSite } from '../../src/web/build-site.js';
import type { TrustAnchor } from '../../src/web/site/site-page.js';
import type { CliIo } from '../cli-io.js';

export interface WebOptions {
  out?: string;
  serve: boolean;
  trust?: string;
  json: boolean;
  lang: Language;
}

export const WEB_FORMAT = 'pkvw-light/web@1';
/** Where the site goes when neither --out nor --serve is given. */
export const DEFAULT_WEB_DIR = 'pkvw-light-web';

const words = {
  nl: { written: (file: string) => `De website staat in ${file} (open hem in een browser; hij werkt ook zonder internet).`, serving: (url: string) => `De website draait op ${url}  (Ctrl-C stopt de server)` },
  en: { written: (file: string) => `The web site is in ${file} (open it in a browser; it works offline too).`, serving: (url: string) => `The web site runs at ${url}  (Ctrl-C stops the server)` },
} as const;

export async function runWeb(options: WebOptions, io: CliIo): Promise<number> {
  const trustAnchors = options.trust === undefined ? [] : readTrustAnchors(resolve(io.cwd, options.trust), options.trust);
  const { html } = await buildSite({ trustAnchors });
  const { metadata, hash } = bundledCatalogue();
  const outDir = options.out ?? (options.serve ? undefined : DEFAULT_WEB_DIR);
  const file = outDir === undefined ? undefined : join(outDir, 'index.html');
  // Holds no answers: readable by everyone, like any web page.
  if (file !== undefined) writeFileAtomically(resolve(io.cwd, file), html, { label: file, access: 'shared' });
  const result = { format: WEB_FORMAT, ...(file ? { file } : {}), catalogue: { id: metadata.id, version: metadata.version, hash }, trustAnchors: trustAnchors.map((anchor) => anchor.name) };
  if (!options.serve) {
    io.stdout(options.json ? JSON.stringify(result, null, 2) + '\n' : words[options.lang].written(file ?? '') + '\n');
    return 0;
  }
  return serve(html, options, io, result);
}

/** The CAs of `--trust DIR`, each named by its subject for the page's list. */
function readTrustAnchors(dir: string, label: string): TrustAnchor[] {
  return readTrustedCertificates(dir, label).map((der) => ({ name: new X509Certificate(der).subject.split('\n').join(', '), der }));
}

/** Serves the one page on 127.0.0.1 (a free port) until SIGINT or SIGTERM; every other path is 404. */
async function serve(html: string, options: WebOptions, io: CliIo, result: object): Promise<number> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const known = path === '/' || path === '/index.html';
    const allowed = request.method === 'GET' || request.method === 'HEAD';
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    if (!known || !allowed) {
      response.writeHead(known ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(known ? 'method not allowed\n' : 'not found\n');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
    response.end(request.method === 'HEAD' ? undefined : html);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  io.stdout(options.json ? JSON.stringify({ ...result, url }, null, 2) + '\n' : words[options.lang].serving(url) + '\n');
  await new Promise<void>((done) => {
    const stop = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      server.close(() => done());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
