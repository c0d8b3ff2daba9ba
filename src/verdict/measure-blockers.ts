/**
 * Which owner basics can ever block which measure: those linked (at some minimum level) to one of
 * the measure's scenarios. The verdict's funding decision blocks a measure only by basics from this
 * list (and by hard conditions an advice names), so a reviewer can check every link here. Pure.
 */
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';

export interface MeasureBlockers {
  measure: string;
  scenarios: string[];
  /** Owner basics in catalogue order, each with the links through which it can block. */
  basics: { requirement: string; via: { scenario: string; minLevel: string }[] }[];
}

/**
 * @example
 * measureBlockers(catalogue).find((m) => m.measure === 'WON-16')?.basics.map((b) => b.requirement) // ['WON-07', 'WON-09', …]
 */
export function measureBlockers(catalogue: Catalogue): MeasureBlockers[] {
  return catalogue.requirements.flatMap((measure) => {
    if (!measure.measure) return [];
    const scenarios = new Set(measure.measure.scenarios);
    const basics = catalogue.requirements.flatMap((basic) => {
      if (basic.responsibility !== 'bestuurder') return [];
      const via = basic.risks.filter((link) => scenarios.has(link.scenario)).map((link) => ({ scenario: link.scenario, minLevel: link.minLevel }));
      return via.length > 0 ? [{ requirement: basic.id, via }] : [];
    });
    return [{ measure: measure.id, scenarios: measure.measure.scenarios, basics }];
  });
}

const TABLE_HEADER: Record<Language, readonly string[]> = {
  nl: ['maatregel', 'tegen scenario', 'kan alleen worden tegengehouden door'],
  en: ['measure', 'against scenario', 'can only be blocked by'],
};

/** The table for spec/README.md: one row per measure, the basics that can block it with scenario and level. */
export function measureBlockersMarkdown(catalogue: Catalogue, lang: Language): string {
  const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title[lang] ?? id;
  const header = TABLE_HEADER[lang];
  const rows = measureBlockers(catalogue).map((m) => {
    const basics = m.basics.map((b) => `${b.requirement} (${b.via.map((v) => `${v.scenario} ≥ ${v.minLevel}`).join(', ')})`).join('; ');
    return `| ${m.measure} ${title(m.measure)} | ${m.scenarios.join(', ')} | ${basics || '—'} |`;
  });
  return [`| ${header.join(' | ')} |`, '|---|---|---|', ...rows].join('\n') + '\n';
}
