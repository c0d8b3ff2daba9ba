/**
 * The chain behind one requirement's status, told in plain sentences: answer → risk level →
 * applicability → status. Rendered from the structured verdict, so Dutch and English agree.
 */
import type { AnswerValue, Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { AnswerUse, ClaimGap, LevelBasis, RequirementResult, ScenarioRisk } from './verdict-types.js';
import { verdictWords, type VerdictWords } from './verdict-words.js';

/**
 * @example
 * explainRequirement(result, catalogue, 'nl', verdict.risk)
 * // ['Geldt omdat het risico ‘inbraak en vermogenscriminaliteit bij de woning’ op niveau B staat (minimaal A) — uit de intake: ….',
 * //  'Niet voldaan. Wat te doen: …']
 * // At the baseline: ['Geldt voor iedere bestuurder (basis tegen inbraak).', …]
 * With `{ basis: false }` (or without `risk`) the sentence stops at the level, for reports that show
 * the risk profile already; `risk` still lets it say "geldt voor iedere bestuurder".
 */
export function explainRequirement(
  result: RequirementResult,
  catalogue: Catalogue,
  lang: Language,
  risk?: readonly ScenarioRisk[],
  options: { basis?: boolean } = {},
): string[] {
  const words = verdictWords[lang];
  const names = namesOf(catalogue, lang);
  const requirement = catalogue.requirements.find((r) => r.id === result.requirement);
  const lines: string[] = [];

  if (result.notApplicable?.kind === 'risk-below-level') {
    const links = result.notApplicable.links.map((l) => words.belowLevelLink(words.scenarioAt(names.scenarioName(l.scenario), l.level), l.minLevel));
    lines.push(words.belowLevel(links.join(words.and)));
    return lines;
  }

  const basisOf = (scenario: string) => risk?.find((r) => r.scenario === scenario)?.basis;
  // Applying at every holder's baseline is said as such: "geldt voor iedere bestuurder", not as codes.
  if (result.appliesBecause.length > 0 && result.appliesBecause.every((l) => basisOf(l.scenario)?.kind === 'baseline')) {
    lines.push(words.appliesToEveryone(result.appliesBecause.map((l) => names.scenarioName(l.scenario)).join(words.and)));
  } else {
    const reasons = result.appliesBecause.map((l) => {
      const basis = basisOf(l.scenario);
      const link = words.appliesBecauseLink(words.scenarioAt(names.scenarioName(l.scenario), l.level), l.minLevel);
      // A report that shows the risk profile already says why each level is what it is, once.
      return basis && options.basis !== false ? `${link} — ${describeBasis(basis, words, catalogue, lang)}` : link;
    });
    lines.push(words.appliesBecause(reasons.join(words.and)));
  }
  if (result.hardCondition) lines.push(words.hardCondition);

  if (result.notApplicable?.kind === 'condition-not-holding') {
    // Questions left unasked because of these answers add nothing to the reason.
    const given = result.notApplicable.answers.filter((a) => a.value !== null);
    lines.push(words.conditionNotHolding(describeAnswers(given.length > 0 ? given : result.notApplicable.answers, catalogue, lang)));
    return lines;
  }

  switch (result.status) {
    case 'met':
      lines.push(words.met(describeAnswers(result.answers, catalogue, lang)));
      break;
    case 'not-met':
      lines.push(words.notMet(requirement?.remedy[lang] ?? ''));
      break;
    case 'unanswered': {
      const missing = result.answers.filter((a) => a.value === null).map((a) => names.question(a.question));
      lines.push(words.unanswered(missing.join(words.and)));
      break;
    }
    case 'exempt':
      if (result.exemption) lines.push(words.exempt(names.exception(result.exemption.exception), result.exemption.justification));
      break;
    case 'claimed':
      if (result.claim) lines.push(words.claimed(names.exception(result.claim.exception), result.claim.missing.map((gap) => describeGap(gap, words)).join(words.and)));
      break;
    case 'refused':
      if (result.refusal) lines.push(words.refused(result.refusal.reason));
      break;
    case 'waived':
      if (result.waiver) lines.push(words.waived(result.waiver.advice));
      break;
    case 'context':
      lines.push(words.context);
      break;
    case 'not-applicable':
      break;
  }
  if (result.evidence && (result.status === 'met' || result.status === 'exempt')) {
    const { given, required, sufficient } = result.evidence;
    lines.push(words.evidence(words.evidenceLevel[given], words.evidenceLevel[required], sufficient));
  }
  return lines;
}

/**
 * Display names of catalogue items as a bestuurder reads them: names, never ids (issue #16; the
 * ids are in the report's appendix, "Bijlage: verwijzingen"). `B (verhoogd)` for a level.
 */
export function namesOf(catalogue: Catalogue, lang: Language) {
  return {
    scenario: (id: string) => catalogue.scenarios.find((s) => s.id === id)?.name[lang] ?? id,
    /** The name alone, lower-cased for use inside a sentence. */
    scenarioName: (id: string) => {
      const name = catalogue.scenarios.find((s) => s.id === id)?.name[lang];
      return name ? name.charAt(0).toLowerCase() + name.slice(1) : id;
    },
    requirement: (id: string) => catalogue.requirements.find((r) => r.id === id)?.title[lang] ?? id,
    level: (id: string) => {
      const level = catalogue.levels.find((l) => l.id === id);
      return level ? `${id} (${level.name[lang]})` : id;
    },
    question: (id: string) => {
      const question = catalogue.questions.find((q) => q.id === id);
      return question ? `“${question.text[lang]}”` : id;
    },
    exception: (id: string) => catalogue.exceptions.find((e) => e.id === id)?.title[lang] ?? id,
  };
}

export function describeBasis(basis: LevelBasis, words: VerdictWords, catalogue: Catalogue, lang: Language): string {
  if (basis.kind === 'baseline') return words.basisBaseline;
  if (basis.kind === 'advice') return words.basisAdvice(basis.reference);
  const rule = catalogue.riskRules.find((r) => r.id === basis.rule);
  // The sentence around it ends the clause, so a full stop at the end of `because` would double up.
  return words.basisRule(rule ? rule.because[lang].trim().replace(/\.$/, '') : '');
}

export function describeGap(gap: ClaimGap, words: VerdictWords): string {
  if (gap.kind === 'evidence-level') return words.claimGap.evidenceLevel(words.evidenceLevel[gap.required]);
  if (gap.kind === 'reference') return words.claimGap.reference;
  return words.claimGap.field[gap.field] ?? gap.field;
}

/** `“Heeft de woning een achterdeur?” ja`: the answers a decision rested on, as the reader was asked them. */
function describeAnswers(uses: readonly AnswerUse[], catalogue: Catalogue, lang: Language): string {
  const words = verdictWords[lang];
  return uses
    .map((use) => {
      const question = catalogue.questions.find((q) => q.id === use.question);
      const asked = question ? `“${question.text[lang]}”` : use.question;
      return `${asked} ${describeValue(use.question, use.value, catalogue, lang, words)}`;
    })
    .join('; ');
}

function describeValue(questionId: string, value: AnswerValue | null, catalogue: Catalogue, lang: Language, words: VerdictWords): string {
  if (value === null) return words.notAnswered;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  const question = catalogue.questions.find((q) => q.id === questionId);
  if (typeof value === 'number') return question?.unit ? `${value} ${question.unit[lang]}` : String(value);
  const label = (v: string) => question?.options?.find((o) => o.value === v)?.label[lang] ?? v;
  return Array.isArray(value) ? (value.length === 0 ? '—' : value.map(label).join(', ')) : label(value);
}

/** The risk profile grouped by level and the reason for it, in the order scenarios come: said once per reason. */
export function riskGroups(risk: readonly ScenarioRisk[]): { level: string; basis: LevelBasis; scenarios: string[] }[] {
  const groups = new Map<string, { level: string; basis: LevelBasis; scenarios: string[] }>();
  for (const r of risk) {
    const key = `${r.level} ${r.basis.kind === 'rule' ? r.basis.rule : r.basis.kind === 'advice' ? `advice ${r.basis.reference}` : 'baseline'}`;
    const group = groups.get(key);
    if (group) group.scenarios.push(r.scenario);
    else groups.set(key, { level: r.level, basis: r.basis, scenarios: [r.scenario] });
  }
  return [...groups.values()];
}
