/**
 * The funding decision in words, for the terminal and the PDF alike: which measures the employer
 * can fund now, and for each blocked one what is needed first, cheapest first, with its cost and
 * who pays. One place, so both reports say the same.
 */
import { DOMAINS } from '../catalogue/catalogue-types.js';
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { Blocker, GapItem, MeasureDecision, Verdict } from '../verdict/verdict-types.js';
import { namesOf } from '../verdict/explanation.js';
import { verdictWords } from '../verdict/verdict-words.js';
import { formatEuros } from '../i18n/money.js';

export interface FundingLine {
  measure: string;
  title: string;
  /** "tegen: …" in plain scenario names. */
  against: string;
  advised: boolean;
}

export interface BlockedLine extends FundingLine {
  /** One line per blocker: what to do, and what it costs. */
  steps: string[];
}

export interface FundingSummary {
  fundable: FundingLine[];
  blocked: BlockedLine[];
}

/**
 * @example
 * const { fundable, blocked } = fundingSummary(verdict, catalogue, 'nl');
 * fundable[0]; // { measure: 'WON-16', title: 'Beveiligde brievenbus of buitenbrievenbus', against: 'tegen: explosief …', advised: false }
 */
export function fundingSummary(verdict: Verdict, catalogue: Catalogue, lang: Language): FundingSummary {
  const words = verdictWords[lang];
  const names = namesOf(catalogue, lang);
  const line = (d: MeasureDecision): FundingLine => ({
    measure: d.measure,
    title: catalogue.requirements.find((r) => r.id === d.measure)?.title[lang] ?? d.measure,
    against: words.against(d.scenarios.map(names.scenarioName).join(', ')),
    advised: d.advised,
  });
  return {
    fundable: verdict.funding.filter((d) => d.decision === 'fundable').map(line),
    blocked: verdict.funding
      .filter((d) => d.decision === 'blocked')
      .map((d) => ({
        ...line(d),
        // The advice comes before any basic: without it nothing against these scenarios is funded.
        steps: [...(d.awaitingAdvice ? [words.blockerAdvice(d.awaitingAdvice.map(names.scenarioName).join(', '))] : []), ...d.blockedBy.map((b) => blockerStep(b, catalogue, lang))],
      })),
  };
}

function blockerStep(blocker: Blocker, catalogue: Catalogue, lang: Language): string {
  const words = verdictWords[lang];
  const requirement = catalogue.requirements.find((r) => r.id === blocker.requirement);
  const name = requirement?.title[lang] ?? blocker.requirement;
  const hard = blocker.hardCondition ? ` (${words.blockerHard})` : '';
  if (blocker.status === 'unanswered') return `${name}${hard}: ${words.blockerAnswer}`;
  if (blocker.status === 'claimed') return `${name}${hard}: ${words.blockerProve}`;
  if (blocker.status === 'refused') return `${name}${hard}: ${words.blockerRefused}`;
  return `${name}${hard}: ${requirement?.remedy[lang] ?? ''} (${requirement ? describeCost(requirement, catalogue, lang) : words.costUnknown})`;
}

/**
 * What a requirement costs and who pays, honestly: a sourced range or amount, "geen aanschafkosten",
 * a craftsman with the written-quote rule, or "prijs onbekend". Never € 0 for an unknown price.
 */
export function describeCost(requirement: Pick<GapItem, 'cost' | 'costClass'>, catalogue: Catalogue, lang: Language): string {
  const words = verdictWords[lang];
  const parts: string[] = [];
  const { cost, costClass } = requirement;
  if (cost) parts.push(cost.max === 0 ? words.costNoPurchase : words.costRange(formatEuros(cost.min, lang), formatEuros(cost.max, lang)));
  else if (costClass?.amount) parts.push(words.costKnown(formatEuros(costClass.amount.euros, lang), words.vat[costClass.amount.vat]));
  else if (costClass?.kind === 'no-purchase') parts.push(words.costNoPurchase);
  if (costClass?.kind === 'craftsman') {
    if (!cost) parts.push(words.costCraftsman);
    const rule = catalogue.metadata.quoteRule;
    if (rule) parts.push(words.costQuote(formatEuros(rule.writtenAbove, lang), words.vat[rule.vat]));
  }
  if (parts.length === 0) parts.push(words.costUnknown);
  if (costClass?.paidBy === 'werkgever') parts.push(words.paidByEmployer);
  return parts.join('; ');
}
/** The advice-first notice in words: why (the rules' own reasons) and against which scenarios nothing is funded yet. */
export function adviceFirstText(verdict: Verdict, catalogue: Catalogue, lang: Language): string | undefined {
  if (!verdict.adviceFirst) return undefined;
  const names = namesOf(catalogue, lang);
  const reasons = verdict.adviceFirst.rules.map((id) => catalogue.riskRules.find((r) => r.id === id)?.because[lang].trim() ?? '').filter(Boolean);
  return verdictWords[lang].adviceFirst(reasons.join(' '), verdict.adviceFirst.scenarios.map(names.scenarioName).join(', '));
}

/** A line of the appendix: a catalogue id beside the name the main text used for it. */
export interface ReferenceLine {
  id: string;
  name: string;
  /** The status, level or basis that goes with it. */
  detail: string;
}

/**
 * What the appendix ("Bijlage: verwijzingen") lists for the PKVW firm: every scenario with its
 * level and the rule or advice behind it, every requirement and measure the main text names (all
 * that apply, and the measures decided) with its status, and every exception named. The main text
 * uses only the names; this is the one place where the ids appear.
 */
export function referenceLines(verdict: Verdict, catalogue: Catalogue, lang: Language): { scenarios: ReferenceLine[]; requirements: ReferenceLine[]; exceptions: ReferenceLine[] } {
  const words = verdictWords[lang];
  const names = namesOf(catalogue, lang);
  const scenarios = verdict.risk.map((r) => ({
    id: r.scenario,
    name: names.scenario(r.scenario),
    detail: [r.level, r.basis.kind === 'rule' ? words.appendixRule(r.basis.rule) : r.basis.kind === 'advice' ? words.basisAdvice(r.basis.reference) : ''].filter(Boolean).join(' — '),
  }));
  const decided = new Map(verdict.funding.map((f) => [f.measure, f]));
  const requirements = verdict.requirements
    .filter((r) => r.status !== 'not-applicable' || decided.has(r.requirement))
    .map((r) => {
      const decision = decided.get(r.requirement);
      return { id: r.requirement, name: names.requirement(r.requirement), detail: decision ? (decision.decision === 'fundable' ? words.fundable : words.appendixBlocked) : words.status[r.status] };
    });
  const exceptionIds = new Set<string>();
  for (const r of verdict.requirements) {
    if (r.exemption) exceptionIds.add(r.exemption.exception);
    if (r.claim) exceptionIds.add(r.claim.exception);
  }
  for (const item of verdict.gapPlan.items) for (const id of item.exceptions ?? []) exceptionIds.add(id);
  const exceptions = catalogue.exceptions.filter((e) => exceptionIds.has(e.id)).map((e) => ({ id: e.id, name: e.title[lang], detail: '' }));
  return { scenarios, requirements, exceptions };
}

/**
 * The improvement plan in the one order the terminal and the PDF both show: what to do (not met,
 * claimed) before what to answer, each in domain order (wonen first), catalogue order within a domain.
 */
export function planOrder(verdict: Verdict): { remaining: GapItem[]; toAnswer: GapItem[] } {
  const domainOf = new Map(verdict.requirements.map((r) => [r.requirement, DOMAINS.indexOf(r.domain)]));
  const byDomain = (a: GapItem, b: GapItem) => (domainOf.get(a.requirement) ?? 0) - (domainOf.get(b.requirement) ?? 0);
  const items = verdict.gapPlan.items;
  return { remaining: items.filter((i) => i.status !== 'unanswered').sort(byDomain), toAnswer: items.filter((i) => i.status === 'unanswered').sort(byDomain) };
}
