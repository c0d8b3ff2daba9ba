/**
 * What the build puts into the page besides the code: the trust anchors of `--trust DIR`, as JSON
 * in a `<script type="application/json">` (data, not code: the CSP does not need to allow it).
 */
import type { TrustAnchor } from './site-page.js';

export const SITE_DATA_ID = 'pkvw-site-data';

export interface SiteData {
  format: 'pkvw-light/site-data@1';
  trustAnchors: { name: string; der: string }[];
}

/** The JSON text for the page; `<` is escaped so no value can end the script element. */
export function renderSiteData(trustAnchors: readonly TrustAnchor[]): string {
  const data: SiteData = { format: 'pkvw-light/site-data@1', trustAnchors: trustAnchors.map((anchor) => ({ name: anchor.name, der: toBase64(anchor.der) })) };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function parseSiteData(text: string): { trustAnchors: TrustAnchor[] } {
  const data = JSON.parse(text) as SiteData;
  return { trustAnchors: data.trustAnchors.map((anchor) => ({ name: anchor.name, der: fromBase64(anchor.der) })) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
