/**
 * The impact report as an SVG chart: for every figure a bar per rule (PKVW-light, today's rule)
 * with the sensitivity band as a whisker. Self-contained (no scripts, no external fonts), so it
 * opens in any browser and can be put in a document as it is.
 */
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { PopulationModel } from './population-model.js';
import type { Band, ImpactReport, Rule } from './population-impact.js';
import { formatShare } from './population-impact-text.js';

const LABELS = {
  nl: {
    title: (id: string, version: string, model: string, n: number) => `${id} ${version} tegenover de huidige PKVW-eis · model ${model} · ${n} bestuurders met advies`,
    rule: { 'pkvw-light': 'PKVW-light', 'pkvw-baseline': 'huidige PKVW-eis' } as Record<Rule, string>,
    inOrder: 'Basis op orde',
    fundAll: 'Alle geadviseerde maatregelen nu te bekostigen',
    perMeasure: 'Per maatregel: nu te bekostigen als het advies hem noemt',
    all: 'Alle bestuurders met advies',
    band: (runs: number) => `streepjes: 5e–95e percentiel over ${runs} gevoeligheidsruns`,
  },
  en: {
    title: (id: string, version: string, model: string, n: number) => `${id} ${version} against today's PKVW requirement · model ${model} · ${n} administrators with an advice`,
    rule: { 'pkvw-light': 'PKVW-light', 'pkvw-baseline': "today's PKVW requirement" } as Record<Rule, string>,
    inOrder: 'Basics in order',
    fundAll: 'Every advised measure fundable now',
    perMeasure: 'Per measure: fundable now when the advice names it',
    all: 'All administrators with an advice',
    band: (runs: number) => `whiskers: 5th–95th percentile over ${runs} sensitivity runs`,
  },
} as const;

const COLOURS: Record<Rule, string> = { 'pkvw-light': '#1b7f79', 'pkvw-baseline': '#b5651d' };
const WIDTH = 860;
const LABEL_WIDTH = 330;
const BAR_WIDTH = 420;
const BAR_HEIGHT = 11;
const FONT = 'font-family="DejaVu Sans, Arial, sans-serif"';

interface Item {
  label: string;
  bands: Partial<Record<Rule, Band>>;
}

/** The chart as SVG text. */
export function renderImpactSvg(report: ImpactReport, lang: Language, catalogue: Catalogue, model: PopulationModel): string {
  const t = LABELS[lang];
  const rules = (Object.keys(report.rules) as Rule[]).filter((r) => report.rules[r]);
  const groupLabel = (id: string) => model.groups.find((g) => g.id === id)?.label[lang] ?? id;
  const section = (pick: (source: { basicsInOrder: Band; canFundAll: Band }) => Band): Item[] => [
    { label: t.all, bands: Object.fromEntries(rules.map((r) => [r, pick(report.rules[r]!)])) },
    ...report.groups.map((g) => ({
      label: `${shorten(groupLabel(g.group), 44)} (${g.advised})`,
      bands: Object.fromEntries(rules.filter((r) => g.rules[r]).map((r) => [r, pick(g.rules[r]!)])),
    })),
  ];
  const measures: Item[] = (report.rules['pkvw-light']?.perMeasure ?? []).map((m) => ({
    label: `${shorten(`${m.measure} ${catalogue.requirements.find((r) => r.id === m.measure)?.title[lang] ?? ''}`, 44)} (${m.advised}×)`,
    bands: Object.fromEntries(rules.flatMap((r) => {
      const x = report.rules[r]!.perMeasure.find((p) => p.measure === m.measure);
      return x ? [[r, x.share]] : [];
    })),
  }));

  const parts: string[] = [];
  let y = 28;
  parts.push(`<text x="12" y="${y}" font-size="14" font-weight="bold">${escape(t.title(report.catalogue.id, report.catalogue.version, report.model.id, report.cases.advised))}</text>`);
  y += 22;
  let x = 12;
  for (const rule of rules) {
    parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${COLOURS[rule]}"/><text x="${x + 18}" y="${y}" font-size="12">${escape(t.rule[rule])}</text>`);
    x += 24 + t.rule[rule].length * 7;
  }
  if (report.sensitivityRuns > 0) parts.push(`<text x="${x + 12}" y="${y}" font-size="11" fill="#555">${escape(t.band(report.sensitivityRuns))}</text>`);
  y += 14;

  for (const [heading, items] of [
    [t.inOrder, section((s) => s.basicsInOrder)],
    [t.fundAll, section((s) => s.canFundAll)],
    [t.perMeasure, measures],
  ] as const) {
    y += 22;
    parts.push(`<text x="12" y="${y}" font-size="13" font-weight="bold">${escape(heading)}</text>`);
    y += 8;
    const top = y;
    for (const item of items) {
      y += 4;
      const rowHeight = rules.length * (BAR_HEIGHT + 2);
      parts.push(`<text x="${LABEL_WIDTH - 8}" y="${y + rowHeight / 2 + 4}" font-size="11" text-anchor="end">${escape(item.label)}</text>`);
      for (const rule of rules) {
        const band = item.bands[rule];
        if (band) parts.push(bar(band, y, COLOURS[rule], lang));
        y += BAR_HEIGHT + 2;
      }
      y += 4;
    }
    parts.push(axis(top, y));
  }
  y += 28;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" ${FONT}>`,
    `<rect width="${WIDTH}" height="${y}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function bar(band: Band, y: number, colour: string, lang: Language): string {
  const at = (share: number) => LABEL_WIDTH + share * BAR_WIDTH;
  const mid = y + BAR_HEIGHT / 2;
  const whisker =
    band.low === band.high
      ? ''
      : `<line x1="${at(band.low).toFixed(1)}" y1="${mid}" x2="${at(band.high).toFixed(1)}" y2="${mid}" stroke="#222" stroke-width="1.2"/>` +
        `<line x1="${at(band.low).toFixed(1)}" y1="${y + 2}" x2="${at(band.low).toFixed(1)}" y2="${y + BAR_HEIGHT - 2}" stroke="#222"/>` +
        `<line x1="${at(band.high).toFixed(1)}" y1="${y + 2}" x2="${at(band.high).toFixed(1)}" y2="${y + BAR_HEIGHT - 2}" stroke="#222"/>`;
  const label = `<text x="${(at(Math.max(band.value, band.high)) + 6).toFixed(1)}" y="${y + BAR_HEIGHT - 1}" font-size="10">${escape(formatShare(band.value, lang))}</text>`;
  return `<rect x="${LABEL_WIDTH}" y="${y}" width="${(band.value * BAR_WIDTH).toFixed(1)}" height="${BAR_HEIGHT}" fill="${colour}"/>${whisker}${label}`;
}

function axis(top: number, bottom: number): string {
  return [0, 0.25, 0.5, 0.75, 1]
    .map((share) => {
      const x = LABEL_WIDTH + share * BAR_WIDTH;
      return `<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#ccc" stroke-dasharray="2,3"/><text x="${x}" y="${bottom + 11}" font-size="9" fill="#666" text-anchor="middle">${share * 100}%</text>`;
    })
    .join('');
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
