import type { Catalogue, Condition, Language, Question } from '../catalogue/catalogue-types.js';

/**
 * A condition in plain words: a leaf sentence, or several parts joined by "and"/"or". Kept as a
 * tree so a document can show a top-level "all of" as a list and nested parts in brackets.
 */
export type ConditionWords = { sentence: string } | { join: 'all' | 'any'; parts: ConditionWords[] };

const WORDS = {
  nl: { yes: 'ja', no: 'nee', and: 'en', or: 'of', not: 'niet', includes: 'onder meer', atLeast: 'ten minste', atMost: 'ten hoogste', orHigher: 'of hoger', risk: 'risiconiveau', anyRisk: 'het risiconiveau van een scenario' },
  en: { yes: 'yes', no: 'no', and: 'and', or: 'or', not: 'not', includes: 'includes', atLeast: 'at least', atMost: 'at most', orHigher: 'or higher', risk: 'risk level of', anyRisk: 'the risk level of any scenario' },
} as const;

/**
 * Renders a condition with the catalogue's own question texts, option labels, scenario and level
 * names, e.g. `“Heeft de woning een achterdeur?”: ja`. Unknown ids are shown as they are, so a
 * document of a broken catalogue still says what was written.
 */
export function describeCondition(condition: Condition, catalogue: Catalogue, lang: Language): ConditionWords {
  const w = WORDS[lang];
  const quote = (text: string) => `“${text}”`;
  const question = (id: string): Question | undefined => catalogue.questions.find((q) => q.id === id);
  const questionText = (id: string) => quote(question(id)?.text[lang] ?? id);
  const optionLabel = (id: string, value: string) => quote(question(id)?.options?.find((o) => o.value === value)?.label[lang] ?? value);
  const unit = (id: string) => {
    const u = question(id)?.unit;
    return u ? ` ${u[lang]}` : '';
  };
  const levelName = (id: string) => {
    const level = catalogue.levels.find((l) => l.id === id);
    return level ? `${id} (${level.name[lang]})` : id;
  };
  const scenarioName = (id: string) => quote(catalogue.scenarios.find((s) => s.id === id)?.name[lang] ?? id);
  const orWords = (values: string[], id: string) => {
    const labels = values.map((v) => optionLabel(id, v));
    return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} ${w.or} ${labels.at(-1) ?? ''}`;
  };

  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const join = 'all' in condition ? w.and : w.or;
    // "any of: Q includes A, Q includes B" reads better as one line: "Q: includes A or B".
    const included = parts.flatMap((c) => ('includes' in c ? [c] : []));
    const question = included[0]?.answer;
    if (parts.length > 1 && included.length === parts.length && included.every((c) => c.answer === question) && question !== undefined) {
      const labels = included.map((c) => optionLabel(question, c.includes));
      return { sentence: `${questionText(question)}: ${w.includes} ${labels.slice(0, -1).join(', ')} ${join} ${labels.at(-1) ?? ''}` };
    }
    return { join: 'all' in condition ? 'all' : 'any', parts: parts.map((c) => describeCondition(c, catalogue, lang)) };
  }
  if ('not' in condition) return { sentence: `${w.not}: ${conditionSentence(describeCondition(condition.not, catalogue, lang), lang)}` };
  if ('is' in condition) {
    const value =
      typeof condition.is === 'boolean'
        ? condition.is
          ? w.yes
          : w.no
        : typeof condition.is === 'number'
          ? `${condition.is}${unit(condition.answer)}`
          : optionLabel(condition.answer, condition.is);
    return { sentence: `${questionText(condition.answer)}: ${value}` };
  }
  if ('oneOf' in condition) return { sentence: `${questionText(condition.answer)}: ${orWords(condition.oneOf, condition.answer)}` };
  if ('includes' in condition) return { sentence: `${questionText(condition.answer)}: ${w.includes} ${optionLabel(condition.answer, condition.includes)}` };
  if ('atLeast' in condition && 'answer' in condition)
    return { sentence: `${questionText(condition.answer)}: ${w.atLeast} ${condition.atLeast}${unit(condition.answer)}` };
  if ('atMost' in condition) return { sentence: `${questionText(condition.answer)}: ${w.atMost} ${condition.atMost}${unit(condition.answer)}` };
  if ('risk' in condition) return { sentence: `${w.risk} ${scenarioName(condition.risk)}: ${levelName(condition.atLeast)} ${w.orHigher}` };
  return { sentence: `${w.anyRisk}: ${levelName(condition.anyRisk.atLeast)} ${w.orHigher}` };
}

/** The whole condition as one sentence, nested parts in brackets. */
export function conditionSentence(words: ConditionWords, lang: Language): string {
  if ('sentence' in words) return words.sentence;
  const joiner = ` ${words.join === 'all' ? WORDS[lang].and : WORDS[lang].or} `;
  return words.parts.map((p) => ('sentence' in p || p.parts.length === 1 ? conditionSentence(p, lang) : `(${conditionSentence(p, lang)})`)).join(joiner);
}

/** The parts to show as list items: the members of a top-level "all", or the condition itself. */
export function conditionItems(words: ConditionWords, lang: Language): { join?: 'all' | 'any'; items: string[] } {
  if ('sentence' in words) return { items: [words.sentence] };
  return { join: words.join, items: words.parts.map((p) => conditionSentence(p, lang)) };
}
