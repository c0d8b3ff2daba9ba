/**
 * How a page plugs into the web site (`pkvw-light web`). Each page is a module under `src/web/`
 * that exports one `SitePage`; `site-pages.ts` lists them in menu order. The shell
 * (`site-shell.ts`) draws the header, the language switch and the footer with the catalogue's
 * hash, and mounts the page whose `id` is in the location hash (`#zelfcheck`). A language switch
 * unmounts the page and mounts it again with the new `lang`: a page keeps what must survive that
 * (answers in memory) in module state or in `ctx.memory`, never in the DOM.
 */
import type { Language } from '../../catalogue/catalogue-types.js';

/** A CA certificate the site was built with (`pkvw-light web --trust DIR`). */
export interface TrustAnchor {
  /** Its subject as the build read it (`CN=…, O=…`), for listing on the page. */
  name: string;
  /** The certificate, DER. */
  der: Uint8Array;
}

export interface SiteContext {
  lang: Language;
  /** The bundled catalogue the page runs on (the footer shows it too). */
  catalogue: { id: string; version: string; hash: string };
  /** Empty unless the site was built with `--trust DIR`. */
  trustAnchors: readonly TrustAnchor[];
  /** Says `text` to screen readers (an aria-live region of the shell). */
  announce: (text: string) => void;
  /** Per page, kept across language switches and page changes; gone on reload (nothing is stored). */
  memory: Map<string, unknown>;
}

export interface SitePage {
  /** The location hash that opens it, and the key of its memory: `zelfcheck`, `verificatie`. */
  id: string;
  title: (lang: Language) => string;
  /** Renders into `root` (empty, owned by the page until unmount); returns what undoes it. */
  mount: (root: HTMLElement, ctx: SiteContext) => (() => void) | void;
}
