/**
 * `pkvw-light web`: the site as one self-contained `index.html` (code, style and data inline), so
 * it opens from `file://` as well as from any static host. Its Content-Security-Policy allows
 * exactly that one script and that one style (by SHA-256) and nothing else: no connection, no
 * other script, no form target, no frame. The page could not send the answers anywhere even if
 * its code tried.
 */
import { createHash } from 'node:crypto';
import { bundleForBrowser, sourceFile } from './browser-build.js';
import type { TrustAnchor } from './site/site-page.js';
import { renderSiteData, SITE_DATA_ID } from './site/site-data.js';
import { SITE_STYLE } from './site/site-style.js';

export interface SiteBuild {
  html: string;
  /** The policy in the page's meta element, for the record and for tests. */
  contentSecurityPolicy: string;
}

export async function buildSite(options: { trustAnchors?: readonly TrustAnchor[] } = {}): Promise<SiteBuild> {
  const { code } = await bundleForBrowser(sourceFile('web/site/site-main'));
  // Inside the inline script "</script" would end it; esbuild writes it only inside strings, where "<\/" means the same.
  const script = code.replace(/<\/(script)/gi, '<\\/$1');
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src '${hashSource(script)}'`,
    `style-src '${hashSource(SITE_STYLE)}'`,
    "img-src data:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const html = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>PKVW-light</title>',
    // An icon given inline: otherwise the browser asks the host for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<style>${SITE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div id="site"><noscript>PKVW-light heeft JavaScript nodig / needs JavaScript.</noscript></div>',
    `<script type="application/json" id="${SITE_DATA_ID}">${renderSiteData(options.trustAnchors ?? [])}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, contentSecurityPolicy };
}

function hashSource(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
