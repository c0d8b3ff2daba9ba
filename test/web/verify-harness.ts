/**
 * Until the site shell lands (core), the verification page is mounted here the way the shell
 * mounts a page: a `SiteContext` with the trust anchors from an embedded JSON block, memory that
 * survives a language switch, and an aria-live region for `announce`. Bundled for the browser.
 */
import type { Language } from '../../src/catalogue/catalogue-types.js';
import { mountVerifyPage } from '../../src/web/verify/verify-page.js';

const data = JSON.parse(document.getElementById('site-data')?.textContent ?? '{}') as { trust: string[] };
const trustAnchors = data.trust.map((b64) => ({ name: '', der: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) }));
const main = document.getElementById('main') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;
const button = document.getElementById('language') as HTMLButtonElement;
const memory = new Map<string, unknown>();
let lang: Language = 'nl';
let unmount: (() => void) | undefined;

function mount(): void {
  unmount?.();
  document.documentElement.lang = lang;
  button.textContent = lang === 'nl' ? 'English' : 'Nederlands';
  button.lang = lang === 'nl' ? 'en' : 'nl';
  unmount = mountVerifyPage(main, { lang, trustAnchors, announce: (text) => void (live.textContent = text), memory });
}

button.addEventListener('click', () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  mount();
});
mount();
