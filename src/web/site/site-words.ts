/** The words of the site shell in Dutch and English; each page has its own. */
import type { Language } from '../../catalogue/catalogue-types.js';

export interface SiteWords {
  siteName: string;
  menu: string;
  /** The switch's label, in the language it switches to. */
  switchLanguage: string;
  switchLanguageTo: Language;
  offline: string;
  catalogue: (id: string, version: string) => string;
  catalogueHash: string;
  notFound: string;
}

export const siteWords: Record<Language, SiteWords> = {
  nl: {
    siteName: 'PKVW-light',
    menu: 'Onderdelen',
    switchLanguage: 'English',
    switchLanguageTo: 'en',
    offline: 'Deze pagina werkt zonder internet en verstuurt niets: uw antwoorden blijven op dit apparaat.',
    catalogue: (id, version) => `Catalogus ${id} versie ${version}`,
    catalogueHash: 'SHA-256 van de catalogus',
    notFound: 'Deze pagina bestaat niet.',
  },
  en: {
    siteName: 'PKVW-light',
    menu: 'Sections',
    switchLanguage: 'Nederlands',
    switchLanguageTo: 'nl',
    offline: 'This page works without internet and sends nothing: your answers stay on this device.',
    catalogue: (id, version) => `Catalogue ${id} version ${version}`,
    catalogueHash: 'SHA-256 of the catalogue',
    notFound: 'This page does not exist.',
  },
};
