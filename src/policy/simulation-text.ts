import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import { formatEuros } from '../i18n/money.js';
import { OUTCOMES, type SimulationReport } from './simulate-population.js';
import { escapeForTerminal } from '../i18n/escape-for-terminal.js';

const text = {
  nl: {
    title: (id: string, version: string) => `Simulatie van ${id} ${version}`,
    against: (version: string) => `vergeleken met versie ${version}`,
    cases: (fixtures: number, synthetic: number, seed: string) => `${fixtures + synthetic} gevallen: ${fixtures} uit de map, ${synthetic} synthetisch (zaad ${seed})`,
    clock: (at: string) => `beoordeeld op ${at}`,
    population: (model: string, file: string, roles: string) => `synthetische gevallen getrokken uit populatiemodel ${model} (${file}): ${roles}`,
    outcomes: 'Uitkomsten',
    outcomesAgainst: (version: string) => `(versie ${version} tussen haakjes)`,
    failing: 'Eisen die het vaakst niet op orde zijn (niet voldaan + onbeantwoord, van toepassing)',
    noFailing: 'Geen eis is ergens niet voldaan of onbeantwoord.',
    gap: 'Kosten van het verbeterplan',
    gapLine: (cases: number, min: string, max: string) => `${cases} gevallen met een verbeterplan; gemiddeld ${min} tot ${max} per geval`,
    gapAll: (min: string, max: string) => `gemiddeld over alle gevallen: ${min} tot ${max}`,
    withoutCost: (n: number) => `${n} verbeterpunten zonder kostenindicatie in de catalogus tellen niet mee`,
    gapUnpriced: (cases: number, n: number) => `${cases} gevallen met een verbeterplan; geen bedrag: geen van hun ${n} verbeterpunten heeft een kostenindicatie in de catalogus`,
    changes: (n: number) => `Gevallen met een andere uitkomst: ${n}`,
    because: 'omdat',
    status: { met: 'voldaan', 'not-met': 'niet voldaan', 'not-applicable': 'niet van toepassing', exempt: 'uitgezonderd', unanswered: 'onbeantwoord', context: 'werkgever', claimed: 'geclaimd', refused: 'gemotiveerd afgezien', waived: 'vrijgesteld door advies', absent: 'ontbreekt' },
    more: (n: number) => `… en nog ${n}`,
  },
  en: {
    title: (id: string, version: string) => `Simulation of ${id} ${version}`,
    against: (version: string) => `compared with version ${version}`,
    cases: (fixtures: number, synthetic: number, seed: string) => `${fixtures + synthetic} cases: ${fixtures} from the folder, ${synthetic} synthetic (seed ${seed})`,
    clock: (at: string) => `evaluated at ${at}`,
    population: (model: string, file: string, roles: string) => `synthetic cases drawn from population model ${model} (${file}): ${roles}`,
    outcomes: 'Outcomes',
    outcomesAgainst: (version: string) => `(version ${version} in brackets)`,
    failing: 'Requirements most often not in order (not met + unanswered, applicable)',
    noFailing: 'No requirement is unmet or unanswered anywhere.',
    gap: 'Cost of the gap plan',
    gapLine: (cases: number, min: string, max: string) => `${cases} cases with a gap plan; on average ${min} to ${max} per case`,
    gapAll: (min: string, max: string) => `on average over all cases: ${min} to ${max}`,
    withoutCost: (n: number) => `${n} gap items without a cost indication in the catalogue are not counted`,
    gapUnpriced: (cases: number, n: number) => `${cases} cases with a gap plan; no amount: none of their ${n} gap items has a cost indication in the catalogue`,
    changes: (n: number) => `Cases with another outcome: ${n}`,
    because: 'because',
    status: { met: 'met', 'not-met': 'not met', 'not-applicable': 'not applicable', exempt: 'exempt', unanswered: 'unanswered', context: 'employer', claimed: 'claimed', refused: 'reasoned refusal', waived: 'waived by the advice', absent: 'absent' },
    more: (n: number) => `… and ${n} more`,
  },
} as const;

/** How many failing requirements and changed cases the text shows; the JSON has them all. */
const SHOWN = { failing: 15, changes: 50 } as const;

/** The simulation report as text; requirement titles come from the catalogue when given. */
export function renderSimulationText(report: SimulationReport, lang: Language, catalogue?: Catalogue): string {
  const t = text[lang];
  const total = report.cases.fixtures + report.cases.synthetic;
  const title = (id: string) => catalogue?.requirements.find((r) => r.id === id)?.title[lang] ?? '';
  const lines: string[] = [
    `${t.title(report.catalogue.id, report.catalogue.version)}${report.against ? ` ${t.against(report.against.version)}` : ''}`,
    `${t.cases(report.cases.fixtures, report.cases.synthetic, report.seed)}; ${t.clock(report.evaluatedAt)}`,
    ...(report.population
      ? [t.population(report.population.model, report.population.file, Object.entries(report.population.roles).map(([role, n]) => `${n} ${role}`).join(', '))]
      : []),
    '',
    `${t.outcomes}${report.against ? ` ${t.outcomesAgainst(report.against.version)}` : ''}`,
  ];
  const width = Math.max(...OUTCOMES.map((o) => o.length));
  for (const outcome of OUTCOMES) {
    const count = report.outcomes[outcome];
    const before = report.againstOutcomes ? ` (${report.againstOutcomes[outcome]})` : '';
    lines.push(`  ${outcome.padEnd(width)}  ${String(count).padStart(5)}${before}  ${percentage(count, total)}`);
  }
  lines.push('', t.failing);
  if (report.failing.length === 0) lines.push(`  ${t.noFailing}`);
  for (const f of report.failing.slice(0, SHOWN.failing)) {
    lines.push(`  ${f.requirement.padEnd(8)} ${String(f.notMet).padStart(5)} + ${String(f.unanswered).padStart(4)} / ${String(f.applicable).padStart(5)}  ${title(f.requirement)}`);
  }
  if (report.failing.length > SHOWN.failing) lines.push(`  ${t.more(report.failing.length - SHOWN.failing)}`);
  const money = (n: number) => formatEuros(n, lang);
  const gap = report.gapPlan;
  // "€ 0 tot € 0" would read as free: with no priced item counted there is no amount to give.
  if (gap.averageOverAll.max === 0 && gap.itemsWithoutCost > 0) lines.push('', t.gap, `  ${t.gapUnpriced(gap.casesWithGap, gap.itemsWithoutCost)}`);
  else {
    lines.push('', t.gap, `  ${t.gapLine(gap.casesWithGap, money(gap.averageWhenGap.min), money(gap.averageWhenGap.max))}`);
    lines.push(`  ${t.gapAll(money(gap.averageOverAll.min), money(gap.averageOverAll.max))}`);
    if (gap.itemsWithoutCost > 0) lines.push(`  ${t.withoutCost(gap.itemsWithoutCost)}`);
  }
  if (report.changes) {
    lines.push('', t.changes(report.changes.length));
    for (const change of report.changes.slice(0, SHOWN.changes)) {
      lines.push(`  ${change.case}: ${change.before} → ${change.after}`);
      const reasons = change.requirements.map((r) => `${r.requirement} ${t.status[r.before]} → ${t.status[r.after]}`);
      if (reasons.length > 0) lines.push(`    ${t.because}: ${reasons.join('; ')}`);
    }
    if (report.changes.length > SHOWN.changes) lines.push(`  ${t.more(report.changes.length - SHOWN.changes)}`);
  }
  // Case names are file names from --cases: escaped, so none can forge a line.
  return `${lines.map(escapeForTerminal).join('\n')}\n`;
}

function percentage(count: number, total: number): string {
  return total === 0 ? '' : `${((100 * count) / total).toFixed(1)}%`;
}
