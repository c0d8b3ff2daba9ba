import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { smallCatalogue } from './small-catalogue.js';

/** The catalogues the engine's laws are checked on: a small one with every shape, and the bundled one. */
export function catalogues(): { name: string; catalogue: Catalogue }[] {
  return [
    { name: 'small', catalogue: smallCatalogue() },
    { name: 'bundled', catalogue: loadCatalogue() },
  ];
}
