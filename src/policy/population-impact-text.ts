import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { PopulationModel } from './population-model.js';
import { FIRST_STEPS, type Band, type FirstStep, type ImpactReport, type Rule, type RuleImpact } from './population-impact.js';
import { escapeForTerminal } from '../i18n/escape-for-terminal.js';

const text = {
  nl: {
    title: (id: string, version: string, model: string) => `Beleidseffect van ${id} ${version} op populatiemodel ${model}`,
    cases: (c: ImpactReport['cases'], seed: string) =>
      `${c.drawn} bestuurders getrokken (zaad ${seed}): ${c.advised} met een vastgesteld advies, ${c.registeredWithoutReport} aangemeld zonder rapport, ${c.noRegistration} niet aangemeld.`,
    bands: (runs: number) =>
      runs > 0
        ? `Tussen haakjes: 5e–95e percentiel over ${runs} gevoeligheidsruns (aandelen uit de enquête naar hun steekproefgrootte, aannames binnen hun bereik). De eerste waarde is één trekking met de waarden van het model; bij een kleine groep kan die buiten de band vallen.`
        : 'Geen gevoeligheidsruns (--runs 0): geen banden.',
    rule: { 'pkvw-light': 'PKVW-light', 'pkvw-baseline': 'huidige PKVW-eis' } as Record<Rule, string>,
    headline: 'Van de bestuurders met een advies (PKVW-light beslist per maatregel naar de basiseisen van haar eigen scenario\'s; de huidige eis is één poort voor alle maatregelen)',
    inOrder: 'basis op orde',
    fundAll: 'kan alle geadviseerde maatregelen nu laten bekostigen',
    measures: 'geadviseerde maatregelen nu te bekostigen',
    groups: 'Per groep',
    group: (label: string, n: number) => `${label} (${n} met advies)`,
    blockers: (rule: string) => `Wat het vaakst blokkeert onder ${rule} (aandeel van de bestuurders met advies)`,
    noBlockers: 'niets blokkeert',
    firstSteps: (rule: string) => `Wat eerst nodig is onder ${rule}, naar de duurste kostensoort (aandeel van wie een maatregel is geadviseerd)`,
    step: { nothing: 'niets: alles is nu te bekostigen', 'no-purchase': 'alleen gedrag of een instelling', 'known-amount': 'een bekend bedrag', craftsman: 'een vakman, prijs na offerte', unknown: 'onbekend: een blokkerende eis heeft geen kostensoort in de catalogus', referred: 'politie en OM' } as Record<FirstStep, string>,
    referred: (n: number) => `${n} gevallen in het spoor van politie en OM: geen oordeel`,
    perMeasure: 'Per maatregel: hoe vaak geadviseerd, en hoe vaak nu te bekostigen',
    times: (n: number) => `${n}×`,
    calibration: 'Kalibratie',
    calibrationLine: (blocked: string, low: string, high: string) =>
      `Onder de huidige regel voldoet de woning van ${blocked} van de geadviseerden niet. In de enquête noemde ${low} tot ${high} van hen 'de woning voldoet niet aan PKVW-eisen' (21% van wie het advies niet of deels uitvoerde, Tabel 3.5 en §3.2.4; de evaluatie zegt niet van welk geheel).`,
    consistent: (low: string, high: string) =>
      `Dat past: alleen wie geblokkeerd is kan dit noemen. Volgens het model noemde ${low} tot ${high} van de geblokkeerden het niet: zij maakten hun woning op eigen kosten PKVW-proof, of noemden een andere reden (kosten, eigen maatregelen).`,
    below: 'Het model blokkeert minder bestuurders dan er de PKVW-eis noemden: de aannames over hang- en sluitwerk zijn te gunstig.',
    flips: (version: string) => `Maatregelen die anders uitvallen dan onder versie ${version} (zelfde gevallen)`,
    flipLine: (before: string, after: number, gained: number, lost: number) => `nu te bekostigen: ${before} → ${after} (+${gained}, −${lost})`,
    absent: 'bestond niet',
    noFlips: 'Geen maatregel valt anders uit.',
    assumptions: (n: number, file: string) => `${n} aannames met hun bereik staan in ${file}.`,
  },
  en: {
    title: (id: string, version: string, model: string) => `Policy impact of ${id} ${version} on population model ${model}`,
    cases: (c: ImpactReport['cases'], seed: string) =>
      `${c.drawn} administrators drawn (seed ${seed}): ${c.advised} with an adopted advice, ${c.registeredWithoutReport} registered without a report, ${c.noRegistration} not registered.`,
    bands: (runs: number) =>
      runs > 0
        ? `In brackets: 5th–95th percentile over ${runs} sensitivity runs (survey shares by their sample size, assumptions within their range). The first figure is one draw with the model's own values; for a small group it can fall outside the band.`
        : 'No sensitivity runs (--runs 0): no bands.',
    rule: { 'pkvw-light': 'PKVW-light', 'pkvw-baseline': "today's PKVW requirement" } as Record<Rule, string>,
    headline: "Of the administrators with an advice (PKVW-light decides per measure by the basics of its own scenarios; today's requirement is one gate before every measure)",
    inOrder: 'basics in order',
    fundAll: 'can have every advised measure funded now',
    measures: 'advised measures that can be funded now',
    groups: 'Per group',
    group: (label: string, n: number) => `${label} (${n} with an advice)`,
    blockers: (rule: string) => `What blocks most under ${rule} (share of the administrators with an advice)`,
    noBlockers: 'nothing blocks',
    firstSteps: (rule: string) => `What comes first under ${rule}, by the dearest cost class (share of those with an advised measure)`,
    step: { nothing: 'nothing: everything fundable now', 'no-purchase': 'only behaviour or a setting', 'known-amount': 'a known amount', craftsman: "a craftsman, price after a quote", unknown: 'unknown: a blocking basic has no cost class in the catalogue', referred: 'police and prosecutor' } as Record<FirstStep, string>,
    referred: (n: number) => `${n} cases in the police/OM route: no verdict`,
    perMeasure: 'Per measure: how often advised, and how often fundable now',
    times: (n: number) => `${n}×`,
    calibration: 'Calibration',
    calibrationLine: (blocked: string, low: string, high: string) =>
      `Under today's rule the home of ${blocked} of the advised does not comply. In the survey ${low} to ${high} of them named 'the home does not meet PKVW requirements' (21% of those who carried out the advice partly or not at all, Tabel 3.5 and §3.2.4; the evaluation does not say of which whole).`,
    consistent: (low: string, high: string) =>
      `That fits: only someone blocked can name it. By the model, ${low} to ${high} of those blocked did not name it: they made their home comply at their own cost, or named another reason (cost, own measures).`,
    below: 'The model blocks fewer administrators than named the PKVW requirement: the assumptions about hardware are too favourable.',
    flips: (version: string) => `Measures decided differently than under version ${version} (same cases)`,
    flipLine: (before: string, after: number, gained: number, lost: number) => `fundable now: ${before} → ${after} (+${gained}, −${lost})`,
    absent: 'did not exist',
    noFlips: 'No measure is decided differently.',
    assumptions: (n: number, file: string) => `${n} assumptions with their ranges are in ${file}.`,
  },
} as const;

/** How many blockers the text lists per rule; the JSON has them all. */
const SHOWN_BLOCKERS = 8;

/** A share as a percentage in the language's notation: `28,1%` / `28.1%`. */
export function formatShare(share: number, lang: Language): string {
  const text = (share * 100).toFixed(1);
  return `${text.replace('.', DECIMAL_MARK[lang])}%`;
}

const DECIMAL_MARK: Record<Language, string> = { nl: ',', en: '.' };

export function formatBand(band: Band, lang: Language): string {
  const main = formatShare(band.value, lang);
  return band.low === band.value && band.high === band.value ? main : `${main} (${formatShare(band.low, lang)}–${formatShare(band.high, lang)})`;
}

/** The impact report as text, PKVW-light and today's rule side by side. */
export function renderImpactText(report: ImpactReport, lang: Language, catalogue: Catalogue, model: PopulationModel): string {
  const t = text[lang];
  const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title[lang];
  const named = (id: string) => (title(id) ? `${id} ${title(id)}` : id);
  const rules = (Object.keys(report.rules) as Rule[]).filter((r) => report.rules[r]);
  const lines: string[] = [
    t.title(report.catalogue.id, report.catalogue.version, report.model.id),
    t.cases(report.cases, report.seed),
    t.bands(report.sensitivityRuns),
    '',
    `${t.headline}:`,
  ];
  const row = (label: string, pick: (r: RuleImpact) => Band) =>
    `  ${label}: ${rules.map((rule) => `${t.rule[rule]} ${formatBand(pick(report.rules[rule]!), lang)}`).join(' · ')}`;
  lines.push(row(t.inOrder, (r) => r.basicsInOrder), row(t.fundAll, (r) => r.canFundAll), row(t.measures, (r) => r.measuresFundable));

  lines.push('', `${t.groups}:`);
  for (const group of report.groups) {
    const label = model.groups.find((g) => g.id === group.group)?.label[lang] ?? group.group;
    lines.push(`  ${t.group(label, group.advised)}`);
    for (const [key, pick] of [
      [t.inOrder, (g: { basicsInOrder: Band }) => g.basicsInOrder],
      [t.fundAll, (g: { canFundAll: Band }) => g.canFundAll],
    ] as const) {
      lines.push(`    ${key}: ${rules.map((rule) => `${t.rule[rule]} ${formatBand(pick(group.rules[rule]!), lang)}`).join(' · ')}`);
    }
  }

  for (const rule of rules) {
    const impact = report.rules[rule]!;
    lines.push('', `${t.blockers(t.rule[rule])}:`);
    if (impact.blockers.length === 0) lines.push(`  ${t.noBlockers}`);
    for (const b of impact.blockers.slice(0, SHOWN_BLOCKERS)) lines.push(`  ${named(b.requirement)}: ${formatBand(b.share, lang)}`);
    if (impact.referred > 0) lines.push(`  ${t.referred(impact.referred)}`);
    lines.push('', `${t.firstSteps(t.rule[rule])}:`);
    for (const step of FIRST_STEPS) {
      const band = impact.firstSteps[step];
      if (band.value > 0 || band.high > 0) lines.push(`  ${t.step[step]}: ${formatBand(band, lang)}`);
    }
  }

  lines.push('', `${t.perMeasure}:`);
  const light = report.rules['pkvw-light'];
  for (const m of light?.perMeasure ?? []) {
    const shares = rules.map((rule) => {
      const x = report.rules[rule]!.perMeasure.find((p) => p.measure === m.measure);
      return `${t.rule[rule]} ${x ? `${formatBand(x.share, lang)}, ${x.fundable}/${x.advised}` : '—'}`;
    });
    lines.push(`  ${named(m.measure)}: ${t.times(m.advised)} · ${shares.join(' · ')}`);
  }

  if (report.calibration) {
    const c = report.calibration;
    lines.push('', `${t.calibration}:`, `  ${t.calibrationLine(formatBand(c.baselineBlocked, lang), formatShare(c.named.low, lang), formatShare(c.named.high, lang))}`);
    lines.push(`  ${c.verdict === 'below' ? t.below : t.consistent(formatShare(c.unnamedShare.low, lang), formatShare(c.unnamedShare.high, lang))}`);
  }

  if (report.flips) {
    lines.push('', `${t.flips(report.flips.against.version)}:`);
    const changed = report.flips.measures.filter((m) => m.gained + m.lost > 0);
    if (changed.length === 0) lines.push(`  ${t.noFlips}`);
    for (const m of changed) lines.push(`  ${named(m.measure)}: ${t.flipLine(m.before === null ? t.absent : String(m.before), m.after, m.gained, m.lost)}`);
  }

  lines.push('', t.assumptions(report.assumptions.length, report.model.file));
  // Labels come from the model file a policy expert wrote: escaped, so none can forge a line.
  return lines.map(escapeForTerminal).join('\n') + '\n';
}
