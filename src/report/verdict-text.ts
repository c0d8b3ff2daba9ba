/**
 * The verdict as plain text for an 80-column terminal: first what the employer can fund now and
 * what is needed first, then the outcome for the home and the improvement plan with honest costs,
 * coverage per scenario, the risk profile, the owner basics per domain with why, the employer's
 * other entries for context, and the appendix with the catalogue ids. Under level D only the
 * referral and what to do next.
 */
import { DOMAINS } from '../catalogue/catalogue-types.js';
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { RequirementResult, Verdict } from '../verdict/verdict-types.js';
import { describeBasis, explainRequirement, namesOf, riskGroups } from '../verdict/explanation.js';
import { verdictWords } from '../verdict/verdict-words.js';
import { adviceFirstText, describeCost, fundingSummary, planOrder, referenceLines } from './funding-summary.js';
import { formatEuros } from '../i18n/money.js';
import { escapeForTerminal } from '../i18n/escape-for-terminal.js';

const WIDTH = 80;

const STATUS_MARK: Record<RequirementResult['status'], string> = {
  met: '[v]',
  'not-met': '[x]',
  unanswered: '[?]',
  claimed: '[c]',
  refused: '[g]',
  waived: '[a]',
  exempt: '[u]',
  'not-applicable': '[-]',
  context: '[w]',
};

/** Lines as a terminal may show them: free text from the answers file (references, justifications) escaped. */
function shown(lines: readonly string[]): string {
  return lines.map(escapeForTerminal).join('\n') + '\n';
}

/**
 * @example
 * io.stdout(renderVerdictText(evaluate(catalogue, answers, io.now()), catalogue, 'nl'));
 */
export function renderVerdictText(verdict: Verdict, catalogue: Catalogue, lang: Language): string {
  const words = verdictWords[lang];
  const names = namesOf(catalogue, lang);
  const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title[lang] ?? id;
  const out: string[] = [];
  const para = (text: string, indent = 0, hanging = indent) => out.push(...wrap(text, indent, hanging));

  out.push(words.title(words.kind[verdict.kind]));
  out.push(words.catalogueLine(verdict.catalogue.id, verdict.catalogue.version, verdict.evaluatedAt.slice(0, 10)));
  if (verdict.advice) para(words.adviceFollowed(verdict.advice.reference, verdict.advice.date));

  if (verdict.outcome === 'doorverwijzen') {
    out.push('', `>> ${words.outcome.doorverwijzen.toUpperCase()}`);
    para(words.outcomeMeaning.doorverwijzen, 3);
    para(words.referralScenarios((verdict.referral?.scenarios ?? []).map(names.scenarioName).join(', ')), 3);
    para(words.referralNext, 3);
    appendix(out, verdict, catalogue, lang);
    return shown(out);
  }

  // An advice awaited comes before everything: until it is there, the rest is provisional.
  const adviceFirst = adviceFirstText(verdict, catalogue, lang);
  if (adviceFirst) {
    out.push('', `>> ${words.adviceFirstHeading}`);
    para(adviceFirst, 3);
  }

  // The funding decision first: it is what the bestuurder and the employer came for.
  const funding = fundingSummary(verdict, catalogue, lang);
  out.push('', words.fundingHeading);
  if (verdict.funding.length === 0) para(words.noMeasures, 2);
  else if (funding.fundable.length === 0) para(words.fundingNone, 2);
  for (const f of funding.fundable) {
    para(`[v] ${f.title} — ${words.fundable}`, 2, 6);
    para(f.against, 6);
  }
  if (funding.blocked.length > 0) {
    out.push('', words.blockedHeading);
    for (const b of funding.blocked) {
      para(`[ ] ${b.title}`, 2, 6);
      para(b.against, 6);
      para(words.firstNeeded, 6);
      b.steps.forEach((step, i) => para(`${i + 1}. ${step}`, 8, 11));
    }
  }

  out.push('', `>> ${words.outcome[verdict.outcome].toUpperCase()} (${words.aboutHome.toUpperCase()})`);
  para(words.outcomeMeaning[verdict.outcome], 3);
  if (adviceFirst) para(words.adviceFirstProvisional, 3);
  para(words.kaderNote, 3);
  if (verdict.kind === 'inspection') para(verdict.certifiable ? words.certifiable : words.notCertifiable, 3);
  else if (verdict.outcome === 'basis-op-orde') para(words.selfCheckNoCertificate, 3);

  // What the bestuurder must do first comes right after the outcome, in the order the PDF shows it too.
  out.push('', words.gapHeading);
  const { gapPlan } = verdict;
  const { remaining, toAnswer } = planOrder(verdict);
  if (gapPlan.items.length === 0) para(words.gapNone, 2);
  remaining.forEach((item, index) => {
    const requirement = catalogue.requirements.find((r) => r.id === item.requirement);
    // Part of the outcome for the home: a wonen basic, or else a hard condition of the advice.
    const home = item.home ? (requirement?.domain === 'wonen' ? words.gapHome : words.blockerHard) : '';
    const tags = [home, item.blocks.length > 0 ? words.gapBlocks(item.blocks.map(title).join(', ')) : ''].filter(Boolean).join('; ');
    para(`${index + 1}. ${title(item.requirement)}${item.status === 'claimed' ? ` (${words.status.claimed})` : ''}${tags ? ` [${tags}]` : ''}`, 2, 5);
    if (requirement) para(requirement.remedy[lang], 5);
    para(describeCost(item, catalogue, lang), 5);
    if (item.exceptions && item.exceptions.length > 0) para(words.gapExceptions(item.exceptions.map(names.exception).join(', ')), 5);
  });
  if (toAnswer.length > 0) para(`${words.gapAnswerFirst}: ${toAnswer.map((i) => title(i.requirement)).join(', ')}`, 2, 4);
  // Only real prices are added up; a total of € 0 would mislead when items simply have no price.
  const priced = gapPlan.total.max > 0 ? words.gapTotalPriced(formatEuros(gapPlan.total.min, lang), formatEuros(gapPlan.total.max, lang)) : '';
  const excl = gapPlan.totalExclVat > 0 ? words.gapTotalExcl(formatEuros(gapPlan.totalExclVat, lang)) : '';
  const totals = [priced, excl, gapPlan.noPurchase > 0 ? words.gapNoPurchase(gapPlan.noPurchase) : '', gapPlan.withoutCost > 0 ? words.gapWithoutCost(gapPlan.withoutCost) : ''].filter(Boolean);
  if (totals.length > 0) para(totals.join('; '), 2);
  const refused = verdict.requirements.filter((r) => r.status === 'refused').map((r) => title(r.requirement));
  if (refused.length > 0) para(words.gapChoices(refused.join(', ')), 2);

  out.push('');
  para(`${words.coverageTitle.toUpperCase()} (${words.coverageNote})`, 0, 2);
  for (const c of verdict.coverage.filter((c) => c.basics.length > 0)) {
    const open = c.notInOrder.map((r) => title(r.requirement)).join(', ');
    const awaiting = c.awaitingAdvice ? ` — ${words.coverageAwaitingAdvice}` : '';
    para(`${names.scenario(c.scenario)}: ${words.coverage[c.status]}${open ? ` (${open})` : ''}${awaiting}`, 2, 4);
  }

  out.push('', words.riskHeading);
  para(catalogue.levels.map((l) => `${l.id} = ${l.name[lang]}`).join('; '), 2);
  for (const group of riskGroups(verdict.risk)) {
    para(`${group.level.padEnd(2)} ${group.scenarios.map(names.scenario).join('; ')}`, 2, 5);
    para(`(${describeBasis(group.basis, words, catalogue, lang)})`, 5);
  }

  for (const domain of DOMAINS) {
    const summary = verdict.domains.find((d) => d.domain === domain);
    const owner = verdict.requirements.filter((r) => r.domain === domain && r.responsibility === 'bestuurder');
    if (!summary || owner.length === 0) continue;
    out.push('');
    const notMet = summary.notMet + summary.refused;
    para(words.domainHeading(words.domainName[domain], summary.applicable, summary.met + summary.waived, summary.exempt, notMet, summary.unanswered + summary.claimed), 0, 4);
    for (const result of owner.filter((r) => r.status !== 'not-applicable')) {
      para(`${STATUS_MARK[result.status]} ${title(result.requirement)} — ${words.status[result.status]}`, 2, 6);
      for (const line of explainRequirement(result, catalogue, lang, verdict.risk, { basis: false })) para(line, 6);
    }
    const notApplicable = owner.filter((r) => r.status === 'not-applicable').map((r) => title(r.requirement));
    if (notApplicable.length > 0) para(words.notApplicableList(notApplicable.join(', ')), 2, 4);
  }

  const decided = new Set(verdict.funding.map((f) => f.measure));
  const domainOf = new Map(verdict.requirements.map((r) => [r.requirement, DOMAINS.indexOf(r.domain)]));
  const employer = verdict.requirements.filter((r) => r.status === 'context' && !decided.has(r.requirement)).sort((a, b) => (domainOf.get(a.requirement) ?? 0) - (domainOf.get(b.requirement) ?? 0));
  out.push('', words.employerHeading);
  if (employer.length === 0) para(words.employerNone, 2);
  for (const result of employer) para(`${STATUS_MARK.context} ${title(result.requirement)}`, 2, 6);

  appendix(out, verdict, catalogue, lang);
  return shown(out);
}

/** "Bijlage: verwijzingen": the catalogue ids of what the main text names, for the PKVW firm; the only place ids appear. */
function appendix(out: string[], verdict: Verdict, catalogue: Catalogue, lang: Language): void {
  const words = verdictWords[lang];
  const { scenarios, requirements, exceptions } = referenceLines(verdict, catalogue, lang);
  out.push('', words.appendixHeading, ...wrap(words.appendixIntro, 2, 2));
  const section = (heading: string, lines: readonly { id: string; name: string; detail: string }[]) => {
    if (lines.length === 0) return;
    out.push('', `  ${heading}`);
    for (const l of lines) out.push(...wrap(`${l.id.padEnd(6)} ${l.name}${l.detail ? ` — ${l.detail}` : ''}`, 4, 11));
  };
  section(words.appendixScenarios, scenarios);
  section(words.appendixRequirements, requirements);
  section(words.appendixExceptions, exceptions);
}

/** Greedy word wrap to the terminal width; the first line at `indent`, the rest at `hanging`. */
function wrap(text: string, indent: number, hanging: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(hanging) + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
