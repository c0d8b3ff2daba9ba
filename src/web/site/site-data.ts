/**
 * What the build puts into the page besides the code: the trust anchors of `--trust DIR`, as JSON
 * in a `<script type="application/json">` (data, not code: the CSP does not need to allow it).
 */
import type { TrustAnchor } from './site-page.js';
import { base64ToBytes, bytesToBase64 } from '../../signing/bytes.js';

export const SITE_DATA_ID = 'pkvw-site-data';

export interface SiteData {
  format: 'pkvw-light/site-data@1';
  trustAnchors: { name: string; der: string }[];
}

/** The JSON text for the page; `<` is escaped so no value can end the script element. */
export function renderSiteData(trustAnchors: readonly TrustAnchor[]): string {
  const data: SiteData = { format: 'pkvw-light/site-data@1', trustAnchors: trustAnchors.map((anchor) => ({ name: anchor.name, der: bytesToBase64(anchor.der) })) };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function parseSiteData(text: string): { trustAnchors: TrustAnchor[] } {
  const data = JSON.parse(text) as SiteData;
  return { trustAnchors: data.trustAnchors.map((anchor) => ({ name: anchor.name, der: base64ToBytes(anchor.der) })) };
}
