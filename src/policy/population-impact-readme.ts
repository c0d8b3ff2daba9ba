/**
 * The headline of the policy impact for `spec/README.md`: one fixed run of the bundled population
 * model, written between two marker comments so the rest of the file stays the catalogue's.
 * `scripts/generate-policy-impact.ts` writes it; a test fails when the committed section drifts.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import { assumptionsOf, type PopulationModel } from './population-model.js';
import { simulateImpact, type ImpactReport, type Rule, type RuleImpact } from './population-impact.js';
import { formatBand, formatShare } from './population-impact-text.js';

export const IMPACT_SECTION_BEGIN = '<!-- policy-impact:begin — gegenereerd door `npx tsx scripts/generate-policy-impact.ts`; niet met de hand bewerken -->';
export const IMPACT_SECTION_END = '<!-- policy-impact:end -->';

/** The run the README shows: the whole population of Tabel 3.1, one seed, ten sensitivity runs. */
export const README_RUN = { population: 1922, seed: '1', sensitivityRuns: 10 } as const;

/** The chart of that run (`--chart`), committed beside the README's other pictures; relative to the package root. */
export const README_CHART = 'docs/images/beleidseffect.svg';

export function readmeImpactReport(catalogue: Catalogue, model: PopulationModel): ImpactReport {
  return simulateImpact({ catalogue, model, ...README_RUN, baseline: true });
}

/** The section, markers included. */
export function renderImpactSection(report: ImpactReport, catalogue: Catalogue, model: PopulationModel, modelPath: string): string {
  const lang = 'nl';
  const light = report.rules['pkvw-light']!;
  const today = report.rules['pkvw-baseline']!;
  const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title.nl ?? id;
  const rows = (pairs: [string, (r: typeof light) => Parameters<typeof formatBand>[0]][]) =>
    pairs.map(([label, pick]) => `| ${label} | ${formatBand(pick(light), lang)} | ${formatBand(pick(today), lang)} |`);
  const group = (rule: Rule, id: string) => report.groups.find((g) => g.group === id)!.rules[rule]!;
  const blockers = (r: typeof light) => r.blockers.slice(0, 5).map((b) => `${b.requirement} ${title(b.requirement)} (${formatShare(b.share.value, lang)})`).join('; ');
  const c = report.calibration!;
  const command = `pkvw-light spec simulate --model ${modelPath} --baseline pkvw --population ${README_RUN.population} --seed ${README_RUN.seed} --runs ${README_RUN.sensitivityRuns}`;
  const lines = [
    IMPACT_SECTION_BEGIN,
    '## Beleidseffect: PKVW-light tegenover de huidige PKVW-eis',
    '',
    `Het populatiemodel \`${modelPath}\` beschrijft de bestuurders zoals de evaluatie ze telt (Tabel 3.1–3.4):`,
    'aantallen per ambt, aanmeldingen en vastgestelde adviezen, urgente meldingen, redenen en inhoud van het advies.',
    'Wat de evaluatie niet meet, zijn aannames met een bereik (tabel hieronder). De huidige eis is nagebootst',
    'als §3.2.4a hem beschrijft: gecertificeerd hang- en sluitwerk op elk bereikbaar element en de andere',
    'PKVW-woningeisen, los van het risico, met de uitzondering voor nieuwbouw en monumenten zoals die wordt',
    `toegepast (\`src/policy/pkvw-baseline.ts\`). Gemaakt met \`${command}\`:`,
    `${report.cases.drawn} bestuurders, van wie ${report.cases.advised} met een vastgesteld advies; tussen haakjes`,
    `het 5e–95e percentiel over ${report.sensitivityRuns} gevoeligheidsruns (met \`--chart\` als grafiek, hieronder). 'Basis op orde' is onder PKVW-light: elke woningbasiseis die bij het`,
    'vastgestelde risico geldt (bij een hoger risico meer dan het PKVW vraagt, zoals een kierstandhouder); onder de huidige eis: de',
    'PKVW-eisen voldaan of de uitzondering toegepast. Een maatregel is onder PKVW-light te bekostigen als geen basiseis van haar eigen',
    'scenario\'s haar blokkeert (het oordeel per maatregel); onder de huidige eis als de hele woning aan het PKVW voldoet.',
    '',
    `![Beleidseffect: per groep en per maatregel het aandeel onder PKVW-light en onder de huidige PKVW-eis, met het 5e–95e percentiel](../${README_CHART})`,
    '',
    '| van de bestuurders met een advies | PKVW-light | huidige PKVW-eis |',
    '|---|---|---|',
    ...rows([
      ['basis op orde', (r) => r.basicsInOrder],
      ['kan alle geadviseerde maatregelen nu laten bekostigen', (r) => r.canFundAll],
      ['geadviseerde maatregelen nu te bekostigen', (r) => r.measuresFundable],
    ]),
    ...report.groups.map((g) => {
      const label = model.groups.find((x) => x.id === g.group)?.label.nl ?? g.group;
      return `| ${label.toLowerCase()} (${g.advised}): alles nu te bekostigen | ${formatBand(group('pkvw-light', g.group).canFundAll, lang)} | ${formatBand(group('pkvw-baseline', g.group).canFundAll, lang)} |`;
    }),
    '',
    'Per maatregel: hoe vaak een advies haar noemt, en welk deel daarvan nu te bekostigen is.',
    '',
    '| maatregel | geadviseerd | PKVW-light | huidige PKVW-eis |',
    '|---|---|---|---|',
    ...light.perMeasure.map((m) => {
      const t = today.perMeasure.find((x) => x.measure === m.measure);
      return `| ${m.measure} ${title(m.measure)} | ${m.advised} | ${formatBand(m.share, lang)} | ${t ? formatBand(t.share, lang) : '—'} |`;
    }),
    '',
    measureSummary(light, today, catalogue),
    '',
    `Wat het vaakst blokkeert onder PKVW-light: ${blockers(light)}.`,
    '',
    `Onder de huidige eis: ${blockers(today)}.`,
    '',
    `**Kalibratie.** Onder de huidige eis voldoet de woning van ${formatBand(c.baselineBlocked, lang)} van de geadviseerden niet.`,
    `In de enquête noemde ${formatShare(c.named.low, lang)} tot ${formatShare(c.named.high, lang)} van hen 'de woning voldoet niet aan PKVW-eisen'`,
    '(21% van wie het advies niet of deels uitvoerde, §3.2.4 en Tabel 3.5; de evaluatie zegt niet van welk geheel).',
    c.verdict === 'below'
      ? 'Het model blokkeert minder bestuurders dan er de PKVW-eis noemden: de aannames over hang- en sluitwerk zijn dan te gunstig.'
      : `Alleen wie geblokkeerd is kan dit noemen, dus dat past; maar dan noemde ${formatShare(c.unnamedShare.low, lang)} tot ${formatShare(c.unnamedShare.high, lang)} van de geblokkeerden het niet: zij maakten de woning op eigen kosten in orde, of noemden een andere reden. Ligt dat aandeel in werkelijkheid lager, dan zijn de aannames over hang- en sluitwerk te somber.`,
    '',
    '| aanname | waarde | bereik | waarom |',
    '|---|---|---|---|',
    ...assumptionsOf(model).map(({ path, assumption }) => `| \`${path.slice(1).join('.')}\` | ${assumption.value} | ${assumption.range[0]}–${assumption.range[1]} | ${assumption.why.nl.replace(/\|/g, '\\|')} |`),
    IMPACT_SECTION_END,
  ];
  return lines.join('\n');
}

/** Which measures PKVW-light funds more often than today, and which less, by their central values. */
function measureSummary(light: RuleImpact, today: RuleImpact, catalogue: Catalogue): string {
  const compared = light.perMeasure.map((m) => ({ measure: m.measure, difference: m.share.value - (today.perMeasure.find((t) => t.measure === m.measure)?.share.value ?? 0) }));
  const more = compared.filter((c) => c.difference > 0).map((c) => c.measure);
  const scenarios = (id: string) => catalogue.requirements.find((r) => r.id === id)?.measure?.scenarios.length ?? 0;
  const less = compared.filter((c) => c.difference < 0).map((c) => `${c.measure} (${scenarios(c.measure)} scenario's)`);
  return (
    `PKVW-light laat ${more.length} van de ${compared.length} maatregelen vaker bekostigen dan de huidige eis` +
    (less.length > 0 ? `; minder vaak: ${less.join(', ')}. Elk scenario van een maatregel brengt de basiseisen mee die via dat scenario gelden.` : '.')
  );
}

/** `readme` with its impact section replaced (or appended when it has none yet). */
export function withImpactSection(readme: string, section: string): string {
  const begin = readme.indexOf(IMPACT_SECTION_BEGIN);
  const end = readme.indexOf(IMPACT_SECTION_END);
  if (begin < 0 || end < begin) return `${readme.trimEnd()}\n\n${section}\n`;
  return readme.slice(0, begin) + section + readme.slice(end + IMPACT_SECTION_END.length);
}
