/**
 * The pages of the site, in menu order; the first opens when the location has no hash. A new page
 * is one import and one entry here (see site-page.ts).
 */
import type { SitePage } from './site-page.js';
import { selfCheckPage } from '../self-check/self-check-page.js';
import { verifyPage } from '../verify/verify-page.js';

export const SITE_PAGES: readonly SitePage[] = [selfCheckPage, verifyPage];
