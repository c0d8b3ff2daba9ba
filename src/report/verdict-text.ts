/**
 * The verdict as plain text for an 80-column terminal: outcome first, in words a bestuurder
 * understands; then the risk profile, the owner basics per domain with why, the improvement plan
 * with costs, and the employer's measures for context.
 */
import { DOMAINS } from '../catalogue/catalogue-types.js';
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { RequirementResult, Verdict } from '../verdict/verdict-types.js';
import { explainRequirement, namesOf } from '../verdict/explanation.js';
import { verdictWords } from '../verdict/verdict-words.js';

const WIDTH = 80;

const STATUS_MARK: Record<RequirementResult['status'], string> = {
  met: '[v]',
  'not-met': '[x]',
  unanswered: '[?]',
  exempt: '[u]',
  'not-applicable': '[-]',
  context: '[w]',
};

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
  out.push('');
  out.push(`>> ${words.outcome[verdict.outcome].toUpperCase()}`);
  para(words.outcomeMeaning[verdict.outcome], 3);
  if (verdict.kind === 'inspection') para(verdict.certifiable ? words.certifiable : words.notCertifiable, 3);
  else if (verdict.outcome === 'basis-op-orde') para(words.selfCheckNoCertificate, 3);

  out.push('', words.riskHeading);
  para(catalogue.levels.map((l) => `${l.id} = ${l.name[lang]}`).join('; '), 2);
  const rulesUsed = new Set<string>();
  for (const r of verdict.risk) {
    const basis = r.basis.kind === 'baseline' ? '' : ` — ${r.basis.kind === 'rule' ? r.basis.rule : words.basisAdvice(r.basis.reference)}`;
    if (r.basis.kind === 'rule') rulesUsed.add(r.basis.rule);
    para(`${r.level.padEnd(2)} ${names.scenario(r.scenario)}${basis}`, 2, 5);
  }
  for (const rule of catalogue.riskRules.filter((rule) => rulesUsed.has(rule.id))) para(`${rule.id}: ${rule.because[lang]}`, 2, 4);

  for (const domain of DOMAINS) {
    const summary = verdict.domains.find((d) => d.domain === domain);
    const owner = verdict.requirements.filter((r) => r.domain === domain && r.responsibility === 'bestuurder');
    if (!summary || owner.length === 0) continue;
    out.push('');
    para(words.domainHeading(words.domainName[domain], summary.applicable, summary.met, summary.exempt, summary.notMet, summary.unanswered), 0, 4);
    for (const result of owner.filter((r) => r.status !== 'not-applicable')) {
      para(`${STATUS_MARK[result.status]} ${result.requirement} ${title(result.requirement)} — ${words.status[result.status]}`, 2, 6);
      for (const line of explainRequirement(result, catalogue, lang)) para(line, 6);
    }
    const notApplicable = owner.filter((r) => r.status === 'not-applicable').map((r) => r.requirement);
    if (notApplicable.length > 0) para(words.notApplicableList(notApplicable.join(', ')), 2, 4);
  }

  out.push('', words.gapHeading);
  const { gapPlan } = verdict;
  // Gaps in the order the domains were shown, catalogue order within a domain (sort is stable).
  const domainOf = new Map(verdict.requirements.map((r) => [r.requirement, DOMAINS.indexOf(r.domain)]));
  const byDomain = (a: { requirement: string }, b: { requirement: string }) => (domainOf.get(a.requirement) ?? 0) - (domainOf.get(b.requirement) ?? 0);
  const unmet = [...gapPlan.items.filter((i) => i.status === 'not-met')].sort(byDomain);
  const toAnswer = [...gapPlan.items.filter((i) => i.status === 'unanswered')].sort(byDomain);
  if (gapPlan.items.length === 0) para(words.gapNone, 2);
  unmet.forEach((item, index) => {
    const requirement = catalogue.requirements.find((r) => r.id === item.requirement);
    const cost = item.cost ? ` (${costRange(item.cost.min, item.cost.max, lang)})` : '';
    para(`${index + 1}. ${item.requirement} ${title(item.requirement)}${cost}`, 2, 5);
    if (requirement) para(requirement.remedy[lang], 5);
    if (item.exceptions && item.exceptions.length > 0) para(words.gapExceptions(item.exceptions.map(names.exception).join(', ')), 5);
  });
  if (toAnswer.length > 0) para(`${words.gapAnswerFirst}: ${toAnswer.map((i) => i.requirement).join(', ')}`, 2, 4);
  // A total of € 0 would mislead when it only means that no item has a cost indication.
  if (gapPlan.items.length > gapPlan.withoutCost) para(words.gapTotal(euros(gapPlan.total.min, lang), euros(gapPlan.total.max, lang)), 2);
  if (gapPlan.withoutCost > 0) para(words.gapWithoutCost(gapPlan.withoutCost), 2);

  out.push('', words.employerHeading);
  const employer = verdict.requirements.filter((r) => r.status === 'context').sort(byDomain);
  if (employer.length === 0) para(words.employerNone, 2);
  for (const result of employer) para(`${STATUS_MARK.context} ${result.requirement} ${title(result.requirement)}`, 2, 6);

  return out.join('\n') + '\n';
}

function costRange(min: number, max: number, lang: Language): string {
  return max === 0 ? verdictWords[lang].free : `${euros(min, lang)} – ${euros(max, lang)}`;
}

function euros(amount: number, lang: Language): string {
  return '€ ' + amount.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 });
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
