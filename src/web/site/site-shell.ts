/**
 * The frame around every page: site name, a menu of the pages (when there is more than one), the
 * language switch, an aria-live region, and a footer that names the catalogue with its SHA-256.
 * The page in the location hash is mounted into `<main>`; see site-page.ts for the contract.
 */
import type { Language } from '../../catalogue/catalogue-types.js';
import { el } from './dom.js';
import type { SiteContext, SitePage, TrustAnchor } from './site-page.js';
import { siteWords } from './site-words.js';

export interface SiteOptions {
  catalogue: SiteContext['catalogue'];
  trustAnchors: readonly TrustAnchor[];
  lang?: Language;
}

export function mountSite(root: HTMLElement, pages: readonly SitePage[], options: SiteOptions): void {
  let lang: Language = options.lang ?? 'nl';
  const memories = new Map<string, Map<string, unknown>>();
  const live = el('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let unmount: (() => void) | void = undefined;
  let focusMain = false;

  const pageOf = (): SitePage | undefined => {
    const id = decodeURIComponent(location.hash.replace(/^#/, ''));
    return id === '' ? pages[0] : pages.find((page) => page.id === id);
  };

  const render = () => {
    if (typeof unmount === 'function') unmount();
    unmount = undefined;
    const words = siteWords[lang];
    const page = pageOf();
    document.documentElement.lang = lang;
    document.title = page ? `${page.title(lang)} · ${words.siteName}` : words.siteName;
    const switcher = el('button', { type: 'button', class: 'language', lang: words.switchLanguageTo }, words.switchLanguage);
    switcher.addEventListener('click', () => {
      lang = words.switchLanguageTo;
      render();
      root.querySelector<HTMLButtonElement>('button.language')?.focus();
    });
    const menu =
      pages.length > 1
        ? el(
            'nav',
            { 'aria-label': words.menu },
            el('ul', {}, ...pages.map((candidate) => el('li', {}, el('a', { href: `#${candidate.id}`, 'aria-current': candidate === page ? 'page' : undefined }, candidate.title(lang))))),
          )
        : undefined;
    const main = el('main', { id: 'inhoud', tabindex: '-1' });
    const footer = el(
      'footer',
      {},
      el('p', {}, words.offline),
      el('p', {}, words.catalogue(options.catalogue.id, options.catalogue.version), ' · ', words.catalogueHash, ': ', el('code', { class: 'hash' }, options.catalogue.hash)),
    );
    root.replaceChildren(el('header', {}, el('p', { class: 'site-name' }, words.siteName), menu, switcher), main, footer, live);
    if (!page) {
      main.append(el('h1', {}, words.notFound));
      return;
    }
    let memory = memories.get(page.id);
    if (!memory) memories.set(page.id, (memory = new Map()));
    const context: SiteContext = {
      lang,
      catalogue: options.catalogue,
      trustAnchors: options.trustAnchors,
      memory,
      announce: (text) => {
        live.textContent = '';
        // A change the screen reader notices even when the same text is said twice.
        requestAnimationFrame(() => (live.textContent = text));
      },
    };
    unmount = page.mount(main, context);
    if (focusMain) main.focus();
    focusMain = false;
  };

  window.addEventListener('hashchange', () => {
    focusMain = true;
    render();
  });
  render();
}
