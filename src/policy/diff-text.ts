import type { Catalogue, Condition, Language, RiskLink } from '../catalogue/catalogue-types.js';
import type { CatalogueChange, CatalogueDiff, Subject } from './catalogue-diff.js';
import { conditionSentence, describeCondition } from './condition-words.js';

const text = {
  nl: {
    subjects: { metadata: 'Keurmerk', level: 'Risiconiveaus', scenario: "Scenario's", riskRule: 'Risicoregels', question: 'Vragen', requirement: 'Eisen', exception: 'Uitzonderingen', source: 'Bronnen' },
    change: { added: 'toegevoegd', removed: 'verwijderd', reworded: 'anders verwoord', changed: 'gewijzigd' },
    noChanges: 'Geen inhoudelijke wijzigingen.',
    answersValid: 'Eerdere antwoorden: blijven geldig en kunnen worden overgenomen.',
    answersInvalid: (ids: string) => `Eerdere antwoorden: niet meer geldig voor ${ids} (vervallen of opnieuw vragen).`,
    answersCatalogueId: 'Eerdere antwoorden: horen bij een ander keurmerk (kenmerk gewijzigd).',
    newQuestions: (ids: string) => `Nieuwe vragen die nog beantwoord moeten worden: ${ids}.`,
    required: (bump: string) => `Vereiste versiestap: ${bump}.`,
    requiredUnder0: (bump: string, step: string) => `Vereiste versiestap: ${bump}; onder 0.x is een brekende wijziging een ${step}-stap.`,
    requiredNone: 'Vereiste versiestap: geen.',
    versionOk: (from: string, to: string) => `Versie ${from} → ${to}: in orde.`,
    versionTooLow: (from: string, to: string, min: string) => `Versie ${from} → ${to}: TE LAAG; minimaal ${min}.`,
    versionInvalid: (from: string, to: string) => `Versie ${from} → ${to}: geen geldig versienummer (verwacht: major.minor.patch).`,
    rules: [
      'Regels voor de versiestap:',
      '  major = eerdere antwoorden verliezen hun betekenis (vraag, eis, uitzondering, scenario of niveau verwijderd; antwoordtype, eenheid, keuzewaarden of bereik van een vraag gewijzigd)',
      '  minor = dezelfde antwoorden kunnen een ander oordeel krijgen (risicokoppeling, voorwaarden, risicoregels, bewijs, verantwoordelijkheid, nieuwe eis of vraag)',
      '  patch = alleen tekst (titels, omschrijvingen, onderbouwing, labels, bronnen, normen, kosten); een patch verandert nooit een oordeel',
      '  onder 0.x (0.y.z) vraagt een brekende wijziging een minor-stap',
    ],
    none: '(geen)',
    fields: {
      risks: 'risicokoppeling', appliesWhen: 'alleen als', metWhen: 'voldaan als', evidence: 'bewijs', responsibility: 'verantwoordelijk', domain: 'domein', exceptions: 'uitzonderingen',
      title: 'titel', description: 'omschrijving', rationale: 'onderbouwing', remedy: 'wat te doen', norms: 'normen', cost: 'kosten', sources: 'bronnen',
      type: 'antwoordtype', options: 'keuzewaarden', unit: 'eenheid', min: 'minimum', max: 'maximum', askWhen: 'alleen gesteld als', section: 'deel', text: 'vraagtekst', help: 'toelichting', 'option labels': 'keuzeteksten',
      certifiable: 'certificeerbaar', name: 'naam', baseline: 'basisniveau', domains: 'domeinen', scenarios: "scenario's", level: 'niveau', when: 'wanneer', because: 'waarom',
      claimableWhen: 'alleen in te roepen als', justification: 'onderbouwing', location: 'vindplaats', kind: 'soort', order: 'volgorde',
      id: 'kenmerk', 'certificate.validityMonths': 'geldigheid certificaat (maanden)', status: 'status', effectiveDate: 'geldig vanaf', publisher: 'uitgever', languages: 'talen', 'certificate.sources': 'bronnen certificaat',
    } as Record<string, string>,
    from: 'vanaf',
  },
  en: {
    subjects: { metadata: 'Keurmerk', level: 'Risk levels', scenario: 'Scenarios', riskRule: 'Risk rules', question: 'Questions', requirement: 'Requirements', exception: 'Exceptions', source: 'Sources' },
    change: { added: 'added', removed: 'removed', reworded: 'reworded', changed: 'changed' },
    noChanges: 'No changes in content.',
    answersValid: 'Earlier answers: stay valid and can be carried over.',
    answersInvalid: (ids: string) => `Earlier answers: no longer valid for ${ids} (dropped or to be asked again).`,
    answersCatalogueId: 'Earlier answers: belong to another keurmerk (identifier changed).',
    newQuestions: (ids: string) => `New questions still to be answered: ${ids}.`,
    required: (bump: string) => `Required version step: ${bump}.`,
    requiredUnder0: (bump: string, step: string) => `Required version step: ${bump}; under 0.x a breaking change is a ${step} step.`,
    requiredNone: 'Required version step: none.',
    versionOk: (from: string, to: string) => `Version ${from} → ${to}: fine.`,
    versionTooLow: (from: string, to: string, min: string) => `Version ${from} → ${to}: TOO LOW; at least ${min}.`,
    versionInvalid: (from: string, to: string) => `Version ${from} → ${to}: not a valid version number (expected: major.minor.patch).`,
    rules: [
      'Rules for the version step:',
      '  major = earlier answers lose their meaning (question, requirement, exception, scenario or level removed; answer type, unit, option values or range of a question changed)',
      '  minor = the same answers can get another verdict (risk links, conditions, risk rules, evidence, responsibility, new requirement or question)',
      '  patch = wording only (titles, descriptions, rationale, labels, sources, norms, costs); a patch never changes a verdict',
      '  under 0.x (0.y.z) a breaking change needs a minor step',
    ],
    none: '(none)',
    fields: {
      risks: 'risk links', appliesWhen: 'only when', metWhen: 'met when', evidence: 'evidence', responsibility: 'responsible', domain: 'domain', exceptions: 'exceptions',
      title: 'title', description: 'description', rationale: 'rationale', remedy: 'what to do', norms: 'norms', cost: 'cost', sources: 'sources',
      type: 'answer type', options: 'option values', unit: 'unit', min: 'minimum', max: 'maximum', askWhen: 'only asked when', section: 'part', text: 'question text', help: 'help text', 'option labels': 'option labels',
      certifiable: 'certifiable', name: 'name', baseline: 'baseline', domains: 'domains', scenarios: 'scenarios', level: 'level', when: 'when', because: 'why',
      claimableWhen: 'only claimable when', justification: 'justification', location: 'location', kind: 'kind', order: 'order',
      id: 'identifier', 'certificate.validityMonths': 'certificate validity (months)', status: 'status', effectiveDate: 'effective from', publisher: 'publisher', languages: 'languages', 'certificate.sources': 'certificate sources',
    } as Record<string, string>,
    from: 'from',
  },
} as const;

const SUBJECT_ORDER: readonly Subject[] = ['metadata', 'level', 'scenario', 'riskRule', 'question', 'requirement', 'exception', 'source'];
const MARK = { added: '+', removed: '-', reworded: '~', changed: '*' } as const;

/**
 * The diff as a report for a policy expert. With the two catalogues, changed conditions and
 * risk links are shown in words; without, as data.
 */
export function renderCatalogueDiffText(diff: CatalogueDiff, lang: Language, catalogues?: { old: Catalogue; new: Catalogue }): string {
  const t = text[lang];
  const lines: string[] = [`${diff.old.id} ${diff.old.version} → ${diff.new.id} ${diff.new.version}`, ''];
  if (diff.changes.length === 0) lines.push(t.noChanges, '');
  for (const subject of SUBJECT_ORDER) {
    const changes = diff.changes.filter((c) => c.subject === subject);
    if (changes.length === 0) continue;
    lines.push(t.subjects[subject]);
    for (const change of changes) lines.push(...changeLines(change, lang, catalogues));
    lines.push('');
  }
  if (diff.answers.stayValid) lines.push(t.answersValid);
  else if (diff.answers.invalidated.length > 0) lines.push(t.answersInvalid(diff.answers.invalidated.join(', ')));
  else lines.push(t.answersCatalogueId);
  if (diff.answers.added.length > 0) lines.push(t.newQuestions(diff.answers.added.join(', ')));
  if (diff.requiredBump === 'none') lines.push(t.requiredNone);
  else if (diff.version.required !== diff.requiredBump) lines.push(t.requiredUnder0(diff.requiredBump, diff.version.required));
  else lines.push(t.required(diff.requiredBump));
  const { step, sufficient, minimum } = diff.version;
  if (step === 'invalid') lines.push(t.versionInvalid(diff.old.version, diff.new.version));
  else if (sufficient) lines.push(t.versionOk(diff.old.version, diff.new.version));
  else lines.push(t.versionTooLow(diff.old.version, diff.new.version, minimum));
  lines.push('', ...t.rules);
  return `${lines.join('\n')}\n`;
}

function changeLines(change: CatalogueChange, lang: Language, catalogues?: { old: Catalogue; new: Catalogue }): string[] {
  const t = text[lang];
  const fieldName = (field: string) => t.fields[field] ?? field;
  const head = `  ${MARK[change.change]} ${change.id}  ${t.change[change.change]}`;
  const tag = `[${change.bump}]`;
  if (change.change === 'reworded') return [`${head}: ${change.fields.map((f) => fieldName(f.field)).join(', ')}  ${tag}`];
  if (change.change !== 'changed') return [`${head}  ${tag}`];
  return [
    `${head}  ${tag}`,
    ...change.fields.map(
      (f) => `      ${fieldName(f.field)} [${f.bump}]: ${renderValue(f.before, lang, catalogues?.old)} → ${renderValue(f.after, lang, catalogues?.new)}`,
    ),
  ];
}

/** A changed value: conditions and risk links in words when the catalogue is known, anything else compactly. */
function renderValue(value: unknown, lang: Language, catalogue: Catalogue | undefined): string {
  const t = text[lang];
  if (value === null || value === undefined) return t.none;
  if (isRiskLinks(value)) {
    if (value.length === 0) return t.none;
    return value.map((link) => `${scenarioName(link.scenario, lang, catalogue)} ${t.from} ${link.minLevel}`).join(', ');
  }
  if (catalogue && isCondition(value)) return conditionSentence(describeCondition(value, catalogue, lang), lang);
  if (Array.isArray(value)) return value.length === 0 ? t.none : value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  if (typeof value === 'object' && 'nl' in value && 'en' in value) return String(value[lang]);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function scenarioName(id: string, lang: Language, catalogue: Catalogue | undefined): string {
  return catalogue?.scenarios.find((s) => s.id === id)?.name[lang] ?? id;
}

function isRiskLinks(value: unknown): value is RiskLink[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'scenario' in v && 'minLevel' in v);
}

function isCondition(value: unknown): value is Condition {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ['all', 'any', 'not', 'answer', 'risk', 'anyRisk'].some((key) => key in value)
  );
}
