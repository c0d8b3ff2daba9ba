import { DOMAINS, type Catalogue, type Condition, type CostClass, type Language, type Requirement, type Source } from '../catalogue/catalogue-types.js';
import { conditionItems, describeCondition } from './condition-words.js';
import { documentLabels, type DocumentLabels } from './document-labels.js';
import { formatEuros } from '../i18n/money.js';

/**
 * The catalogue as a document model: what to say, in which order, independent of Markdown or
 * HTML. Both renderers walk this one model, so the two formats never say different things.
 */
export type Inline = string | { text: string; href: string } | { text: string; strong: true };

export type FactValue = { inline: Inline[] } | { intro?: string; items: Inline[][] };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; anchor: string }
  | { kind: 'paragraph'; content: Inline[]; note?: boolean }
  /** `anchors`, when given, names each item so links can point at it. */
  | { kind: 'list'; items: Inline[][]; anchors?: string[] }
  | { kind: 'facts'; rows: { label: string; value: FactValue }[] }
  | { kind: 'table'; className: string; head: string[]; rows: Inline[][][] }
  /** A group printed on its own page (a domain) or shown as a card (a requirement). */
  | { kind: 'group'; className: 'chapter' | 'card'; anchor: string; blocks: Block[] };

export interface CatalogueDocument {
  lang: Language;
  title: string;
  blocks: Block[];
}

/** Anchor of a requirement card, used by the matrix and the table of contents. */
export function requirementAnchor(id: string): string {
  return `eis-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function buildCatalogueDocument(catalogue: Catalogue, lang: Language): CatalogueDocument {
  const t = documentLabels[lang];
  const m = catalogue.metadata;
  const title = `${m.title[lang]} ${m.version}`;
  const chapters: { anchor: string; title: string; blocks: Block[] }[] = [
    { anchor: 'risicoschaal', title: t.riskScale, blocks: riskScaleBlocks(catalogue, lang, t) },
    { anchor: 'scenarios', title: t.scenarios, blocks: scenarioBlocks(catalogue, lang, t) },
    { anchor: 'matrix', title: t.matrix, blocks: matrixBlocks(catalogue, lang, t) },
    ...DOMAINS.filter((d) => catalogue.requirements.some((r) => r.domain === d)).map((domain) => ({
      anchor: `domein-${domain}`,
      title: t.requirementsIn(t.domain[domain]),
      blocks: catalogue.requirements.filter((r) => r.domain === domain).map((r) => requirementCard(r, catalogue, lang, t)),
    })),
    { anchor: 'uitzonderingen', title: t.exceptions, blocks: exceptionBlocks(catalogue, lang, t) },
    { anchor: 'vragen', title: t.questions, blocks: questionBlocks(catalogue, lang, t) },
    { anchor: 'bronnen', title: t.sources, blocks: [{ kind: 'list', items: catalogue.sources.map((s) => sourceEntry(s, t)), anchors: catalogue.sources.map((s) => `bron-${s.id}`) }] },
  ];

  const front: Block[] = [
    { kind: 'heading', level: 1, text: title, anchor: 'top' },
    { kind: 'paragraph', content: [m.description[lang]] },
    { kind: 'paragraph', content: [t.generatedNote], note: true },
    { kind: 'heading', level: 2, text: t.metadata, anchor: 'metadata' },
    {
      kind: 'facts',
      rows: [
        { label: t.id, value: { inline: [m.id] } },
        { label: t.version, value: { inline: [m.version] } },
        { label: t.statusLabel, value: { inline: [t.status[m.status]] } },
        { label: t.effectiveDate, value: { inline: [m.effectiveDate] } },
        { label: t.publisher, value: { inline: [m.publisher] } },
        { label: t.languages, value: { inline: [m.languages.join(', ')] } },
        { label: t.certificateValidity, value: { inline: [t.months(m.certificate.validityMonths), ...sourceRefs(m.certificate.sources)] } },
        { label: t.hash, value: { inline: [catalogue.hash] } },
      ],
    },
    { kind: 'heading', level: 2, text: t.contents, anchor: 'inhoud' },
    { kind: 'list', items: chapters.map((c, i) => [{ text: `${i + 1}. ${c.title}`, href: `#${c.anchor}` }]) },
  ];

  return {
    lang,
    title,
    blocks: [
      { kind: 'group', className: 'chapter', anchor: 'voorwerk', blocks: front },
      ...chapters.map(
        (c, i): Block => ({
          kind: 'group',
          className: 'chapter',
          anchor: c.anchor,
          blocks: [{ kind: 'heading', level: 2, text: `${i + 1}. ${c.title}`, anchor: c.anchor }, ...c.blocks],
        }),
      ),
    ],
  };
}

function riskScaleBlocks(catalogue: Catalogue, lang: Language, t: DocumentLabels): Block[] {
  return [
    { kind: 'paragraph', content: [t.riskScaleIntro] },
    {
      kind: 'table',
      className: 'levels',
      head: [t.level, t.descriptionLabel, t.keurmerk],
      rows: catalogue.levels.map((l) => [
        [{ text: `${l.id} ${l.name[lang]}`, strong: true }],
        [l.description[lang], ...sourceRefs(l.sources)],
        [l.certifiable ? t.certifiable : t.notCertifiable],
      ]),
    },
  ];
}

function scenarioBlocks(catalogue: Catalogue, lang: Language, t: DocumentLabels): Block[] {
  const blocks: Block[] = catalogue.scenarios.flatMap((s): Block[] => [
    { kind: 'heading', level: 3, text: `${s.name[lang]} (${s.id})`, anchor: `scenario-${s.id}` },
    { kind: 'paragraph', content: [s.description[lang]] },
    {
      kind: 'facts',
      rows: [
        { label: t.domainsLabel, value: { inline: [s.domains.map((d) => t.domain[d]).join(', ')] } },
        { label: t.baseline, value: { inline: [levelLabel(s.baseline, catalogue, lang)] } },
        ...(s.sources.length > 0 ? [{ label: t.sourcesLabel, value: { inline: sourceRefs(s.sources).slice(1) } }] : []),
      ],
    },
  ]);
  if (catalogue.riskRules.length === 0) return blocks;
  return [
    ...blocks,
    { kind: 'heading', level: 3, text: t.riskRules, anchor: 'risicoregels' },
    { kind: 'paragraph', content: [t.riskRulesIntro] },
    ...catalogue.riskRules.map(
      (rule): Block => ({
        kind: 'facts',
        rows: [
          {
            label: rule.id,
            value: { inline: [{ text: t.raisesTo(rule.scenarios.map((id) => scenarioName(id, catalogue, lang)).join(', '), levelLabel(rule.level, catalogue, lang)), strong: true }] },
          },
          { label: t.when, value: conditionValue(rule.when, catalogue, lang) },
          { label: t.because, value: { inline: [rule.because[lang], ...sourceRefs(rule.sources)] } },
          ...(rule.requiresAdvice ? [{ label: t.adviceFirst, value: { inline: [t.adviceFirstText] } }] : []),
        ],
      }),
    ),
  ];
}

function matrixBlocks(catalogue: Catalogue, lang: Language, t: DocumentLabels): Block[] {
  return [
    { kind: 'paragraph', content: [t.matrixIntro] },
    // Thirteen long scenario names do not fit as column heads: the heads are ids, explained here.
    { kind: 'facts', rows: catalogue.scenarios.map((s) => ({ label: s.id, value: { inline: [{ text: s.name[lang], href: `#scenario-${s.id}` }] } })) },
    {
      kind: 'table',
      className: 'matrix',
      head: [t.requirement, ...catalogue.scenarios.map((s) => s.id)],
      rows: DOMAINS.flatMap((domain) =>
        catalogue.requirements
          .filter((r) => r.domain === domain)
          .map((r) => [
            [{ text: r.id, href: `#${requirementAnchor(r.id)}` }, ` ${r.title[lang]}`],
            ...catalogue.scenarios.map((s) => r.risks.filter((link) => link.scenario === s.id).map((link) => link.minLevel).join(', ')).map((cell) => [cell]),
          ]),
      ),
    },
  ];
}

function requirementCard(r: Requirement, catalogue: Catalogue, lang: Language, t: DocumentLabels): Block {
  const rows: { label: string; value: FactValue }[] = [
    { label: t.responsibilityLabel, value: { inline: [t.responsibility[r.responsibility]] } },
    { label: t.appliesFrom, value: { items: r.risks.map((link) => [t.appliesFromLink(scenarioName(link.scenario, catalogue, lang), levelLabel(link.minLevel, catalogue, lang))]) } },
  ];
  if (r.appliesWhen) rows.push({ label: t.onlyWhen, value: conditionValue(r.appliesWhen, catalogue, lang) });
  rows.push({ label: t.metWhen, value: r.metWhen ? conditionValue(r.metWhen, catalogue, lang) : { inline: [t.noMetWhen] } });
  rows.push({ label: t.evidenceLabel, value: { inline: [t.evidence[r.evidence]] } });
  if (r.norms && r.norms.length > 0) rows.push({ label: t.norms, value: { inline: [r.norms.join('; ')] } });
  if (r.cost) {
    rows.push({
      label: t.cost,
      value: { inline: [{ text: t.costRange(formatEuros(r.cost.min, lang), formatEuros(r.cost.max, lang)), strong: true }, ` — ${r.cost.basis[lang]}`, ...sourceRefs(r.cost.sources)] },
    });
  }
  if (r.costClass) rows.push({ label: t.costClassLabel, value: { inline: costClassText(r.costClass, catalogue, lang, t) } });
  if (r.measure) {
    rows.push({ label: t.measureLabel, value: { items: r.measure.scenarios.map((id) => [{ text: scenarioName(id, catalogue, lang), href: `#scenario-${id}` }]) } });
  }
  if (r.pkvwCore) rows.push({ label: t.pkvwCoreLabel, value: { inline: [t.pkvwCoreText] } });
  if (r.allowsRefusal) rows.push({ label: t.refusalLabel, value: { inline: [t.refusalText] } });
  if (r.exceptions && r.exceptions.length > 0) {
    rows.push({
      label: t.exceptionsLabel,
      value: { items: r.exceptions.map((id) => [{ text: catalogue.exceptions.find((e) => e.id === id)?.title[lang] ?? id, href: `#uitzondering-${id}` }]) },
    });
  }
  if (r.sources.length > 0) rows.push({ label: t.sourcesLabel, value: { items: r.sources.map((id) => sourceLink(id, catalogue)) } });
  return {
    kind: 'group',
    className: 'card',
    anchor: requirementAnchor(r.id),
    blocks: [
      { kind: 'heading', level: 3, text: `${r.id} ${r.title[lang]}`, anchor: requirementAnchor(r.id) },
      { kind: 'paragraph', content: [r.description[lang]] },
      { kind: 'facts', rows },
      { kind: 'paragraph', content: [{ text: `${t.rationale}:`, strong: true }, ' ', r.rationale[lang]] },
      { kind: 'paragraph', content: [{ text: `${t.remedy}:`, strong: true }, ' ', r.remedy[lang]] },
    ],
  };
}

/** "geen aanschaf · betaald door de bestuurder", with the quote threshold beside a craftsman's work and the source of a known amount. */
function costClassText(cost: CostClass, catalogue: Catalogue, lang: Language, t: DocumentLabels): Inline[] {
  const kind = cost.kind === 'known-amount' ? t.costKind['known-amount'](cost.amount ? `${formatEuros(cost.amount.euros, lang)} (${cost.amount.vat === 'incl' ? t.vatIncl : t.vatExcl})` : '?') : t.costKind[cost.kind];
  const quote = cost.kind === 'craftsman' && catalogue.metadata.quoteRule ? [` (${t.quoteNote(formatEuros(catalogue.metadata.quoteRule.writtenAbove, lang))})`, ...sourceRefs(catalogue.metadata.quoteRule.sources)] : [];
  return [{ text: kind, strong: true }, ...quote, ` · ${t.paidBy[cost.paidBy]}`, ...(cost.basis ? [` — ${cost.basis[lang]}`] : []), ...sourceRefs(cost.sources ?? [])];
}

function exceptionBlocks(catalogue: Catalogue, lang: Language, t: DocumentLabels): Block[] {
  return catalogue.exceptions.flatMap((e): Block[] => {
    const rows: { label: string; value: FactValue }[] = [];
    if (e.claimableWhen) rows.push({ label: t.claimableWhen, value: conditionValue(e.claimableWhen, catalogue, lang) });
    rows.push({ label: t.justification, value: { inline: [e.justification[lang]] } });
    rows.push({ label: t.evidenceLabel, value: { inline: [t.evidence[e.evidence]] } });
    const cutOff = e.proof?.cutOff;
    if (cutOff) rows.push({ label: t.cutOffLabel, value: { inline: [{ text: t.cutOffText(cutOff.permitYearFrom), strong: true }, ` — ${cutOff.basis[lang]}`, ...sourceRefs(cutOff.sources)] } });
    const waives = catalogue.requirements.filter((r) => r.exceptions?.includes(e.id));
    if (waives.length > 0) rows.push({ label: t.requirement, value: { items: waives.map((r) => [{ text: `${r.id} ${r.title[lang]}`, href: `#${requirementAnchor(r.id)}` }]) } });
    if (e.sources.length > 0) rows.push({ label: t.sourcesLabel, value: { items: e.sources.map((id) => sourceLink(id, catalogue)) } });
    return [
      { kind: 'heading', level: 3, text: `${e.title[lang]} (${e.id})`, anchor: `uitzondering-${e.id}` },
      { kind: 'paragraph', content: [e.description[lang]] },
      { kind: 'facts', rows },
    ];
  });
}

function questionBlocks(catalogue: Catalogue, lang: Language, t: DocumentLabels): Block[] {
  const sections = ['intake', ...DOMAINS] as const;
  return [
    { kind: 'paragraph', content: [t.questionsIntro] },
    ...sections
      .filter((section) => catalogue.questions.some((q) => q.section === section))
      .flatMap((section): Block[] => [
        { kind: 'heading', level: 3, text: t.section[section], anchor: `vragen-${section}` },
        {
          kind: 'table',
          className: 'questions',
          head: [t.question, t.answerType, t.askedWhen],
          rows: catalogue.questions
            .filter((q) => q.section === section)
            .map((q) => [
              [{ text: q.text[lang], strong: true }, ` (${q.id})`],
              [q.options ? `${t.questionType[q.type]}: ${q.options.map((o) => o.label[lang]).join(' / ')}` : q.unit ? `${t.questionType[q.type]} (${q.unit[lang]})` : t.questionType[q.type]],
              [q.askWhen ? conditionInline(q.askWhen, catalogue, lang) : ''],
            ]),
        },
      ]),
  ];
}

const CONDITION_INTRO: Record<Language, Record<'all' | 'any', string>> = {
  nl: { all: 'alle volgende:', any: 'ten minste één van:' },
  en: { all: 'all of:', any: 'at least one of:' },
};

function conditionValue(condition: Condition, catalogue: Catalogue, lang: Language): FactValue {
  const { join, items } = conditionItems(describeCondition(condition, catalogue, lang), lang);
  if (items.length === 1) return { inline: items };
  const intro = CONDITION_INTRO[lang][join === 'all' ? 'all' : 'any'];
  return { intro, items: items.map((item) => [item]) };
}

function conditionInline(condition: Condition, catalogue: Catalogue, lang: Language): string {
  const value = conditionValue(condition, catalogue, lang);
  return 'inline' in value ? value.inline.join('') : `${value.intro ?? ''} ${value.items.map((i) => i.join('')).join('; ')}`;
}

function levelLabel(id: string, catalogue: Catalogue, lang: Language): string {
  const level = catalogue.levels.find((l) => l.id === id);
  return level ? `${id} (${level.name[lang]})` : id;
}

function scenarioName(id: string, catalogue: Catalogue, lang: Language): string {
  return catalogue.scenarios.find((s) => s.id === id)?.name[lang] ?? id;
}

/** Source references as footnote-like links into the source list: ` [bron-id]`. */
function sourceRefs(ids: string[]): Inline[] {
  return ids.flatMap((id): Inline[] => [' ', { text: `[${id}]`, href: `#bron-${id}` }]);
}

function sourceLink(id: string, catalogue: Catalogue): Inline[] {
  const source = catalogue.sources.find((s) => s.id === id);
  if (!source) return [id];
  return isUrl(source.location) ? [{ text: source.title, href: source.location }, ` [${id}]`] : [source.title, ` — ${source.location} [${id}]`];
}

function sourceEntry(source: Source, t: DocumentLabels): Inline[] {
  const where: Inline = isUrl(source.location) ? { text: source.location, href: source.location } : source.location;
  return [{ text: `[${source.id}]`, strong: true }, ` ${source.title} (${t.sourceKind[source.kind]}): `, where];
}

function isUrl(location: string): boolean {
  return /^https?:\/\//.test(location);
}
