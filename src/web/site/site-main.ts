/** The browser entry of the site: reads what the build embedded and mounts the shell with every page. */
import { bundledCatalogue } from '../../catalogue/precompiled-catalogue.js';
import { mountSite } from './site-shell.js';
import { SITE_PAGES } from './site-pages.js';
import { SITE_DATA_ID, parseSiteData } from './site-data.js';

const root = document.getElementById('site');
const data = document.getElementById(SITE_DATA_ID)?.textContent;
if (root && data) {
  const { metadata, hash } = bundledCatalogue();
  mountSite(root, SITE_PAGES, { catalogue: { id: metadata.id, version: metadata.version, hash }, ...parseSiteData(data) });
}
