import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

/** Problem messages of src/policy, by code. */
export const policyMessages = defineMessages({
  nl: {
    'simulate-case-invalid': (p: Params<'case' | 'codes'>) => `geval ${p.case} overgeslagen: het antwoordbestand past bij geen van de catalogusversies (${p.codes})`,
    'simulate-no-cases': (p: Params<'path'>) => `geen antwoordbestanden gevonden in ${p.path} (verwacht: <map>/<geval>/answers.yaml of <map>/*.yaml)`,
    'population-modeline-missing': () => `de eerste regel is niet '# yaml-language-server: $schema=../schema/population-model.schema.json'; een editor controleert het model dan niet terwijl u typt`,
    'population-duplicate': (p: Params<'field' | 'id'>) => `${p.id} staat twee keer in ${p.field}`,
    'population-unknown-group': (p: Params<'group' | 'groups'>) => `groep ${p.group} bestaat niet (groepen: ${p.groups})`,
    'population-empty-group': (p: Params<'group'>) => `groep ${p.group} heeft geen ambt: geef bij een ambt 'group: ${p.group}' of haal de groep weg`,
    'population-total-mismatch': (p: Params<'field' | 'sum' | 'total'>) => `${p.field}: de ambten tellen op tot ${p.sum}, de totaalregel zegt ${p.total}`,
    'population-count-exceeds': (p: Params<'count' | 'field' | 'limit'>) => `${p.field} is ${p.count}, meer dan de ${p.limit} waar het een deel van is`,
    'population-group-without-respondents': (p: Params<'group'>) => `groep ${p.group} heeft geen aantal respondenten in survey.respondents.byGroup, dus geen noemer voor dit aandeel`,
    'population-range-excludes-value': (p: Params<'field' | 'high' | 'low' | 'value'>) => `${p.field}: de waarde ${p.value} ligt buiten het bereik [${p.low}, ${p.high}]`,
    'population-catalogue-lacks-question': (p: Params<'question' | 'version'>) => `catalogusversie ${p.version} heeft geen vraag ${p.question}, die een getrokken geval beantwoordt: dit model past niet bij deze catalogus`,
    'population-unknown-option': (p: Params<'allowed' | 'question' | 'value'>) => `${p.value} is geen antwoord op ${p.question} (mogelijk: ${p.allowed})`,
    'population-unknown-question': (p: Params<'question'>) => `de catalogus heeft geen vraag ${p.question}`,
    'population-question-not-yes-no': (p: Params<'question' | 'type'>) => `vraag ${p.question} is geen ja/nee-vraag (type ${p.type}); een kans op 'ja' past er niet bij`,
    'population-no-new-build-cut-off': (p: Params<'question'>) => `vraag ${p.question} vraagt een jaar, maar geen uitzondering noemt het eerste jaar (claimableWhen met atLeast): het model kan nieuwbouw dan geen jaar geven`,
    'population-not-a-basic': (p: Params<'question'>) => `vraag ${p.question} bepaalt van geen enkele eis of zij voldaan is (geen metWhen): zet haar onder facts, met de kans op 'ja'`,
    'population-not-a-fact': (p: Params<'question'>) => `vraag ${p.question} bepaalt of een eis voldaan is: zet haar onder basics, met de kans dat het antwoord de eis voldoet`,
    'population-question-not-choice': (p: Params<'question' | 'type'>) => `vraag ${p.question} is geen keuzevraag (type ${p.type}); gewichten per antwoord passen er niet bij`,
    'population-question-unmodelled': (p: Params<'question' | 'type' | 'where'>) => `het model zegt niet hoe vraag ${p.question} (${p.type}) wordt beantwoord: voeg haar toe onder assumptions.${p.where}`,
    'population-unknown-source': (p: Params<'source'>) => `bron ${p.source} staat niet in de bronnen van de catalogus (spec/bronnen.yaml)`,
    'simulate-options-exclude': (p: Params<'option' | 'other'>) => `${p.option} en ${p.other} sluiten elkaar uit: een populatiemodel trekt zijn eigen gevallen`,
    'simulate-option-needs-model': (p: Params<'option'>) => `${p.option} werkt alleen met --model (een populatiemodel, bijvoorbeeld spec/populations/dsp-2026.yaml)`,
    'baseline-requirements-missing': (p: Params<'requirements' | 'version'>) => `catalogusversie ${p.version} mist de eisen ${p.requirements} waarmee de huidige PKVW-eis wordt nagebootst (src/policy/pkvw-baseline.ts)`,
  },
  en: {
    'simulate-case-invalid': (p) => `case ${p.case} skipped: its answers file fits no catalogue version (${p.codes})`,
    'simulate-no-cases': (p) => `no answers files found in ${p.path} (expected: <folder>/<case>/answers.yaml or <folder>/*.yaml)`,
    'population-modeline-missing': () => `the first line is not '# yaml-language-server: $schema=../schema/population-model.schema.json'; an editor then does not check the model as you type`,
    'population-duplicate': (p) => `${p.id} appears twice in ${p.field}`,
    'population-unknown-group': (p) => `group ${p.group} does not exist (groups: ${p.groups})`,
    'population-empty-group': (p) => `group ${p.group} has no office: give an office 'group: ${p.group}' or remove the group`,
    'population-total-mismatch': (p) => `${p.field}: the offices add up to ${p.sum}, the totals row says ${p.total}`,
    'population-count-exceeds': (p) => `${p.field} is ${p.count}, more than the ${p.limit} it is part of`,
    'population-group-without-respondents': (p) => `group ${p.group} has no number of respondents in survey.respondents.byGroup, so this share has no denominator`,
    'population-range-excludes-value': (p) => `${p.field}: the value ${p.value} lies outside the range [${p.low}, ${p.high}]`,
    'population-catalogue-lacks-question': (p) => `catalogue version ${p.version} has no question ${p.question}, which a drawn case answers: this model does not fit this catalogue`,
    'population-unknown-option': (p) => `${p.value} is not an answer to ${p.question} (possible: ${p.allowed})`,
    'population-unknown-question': (p) => `the catalogue has no question ${p.question}`,
    'population-question-not-yes-no': (p) => `question ${p.question} is not a yes/no question (type ${p.type}); a probability of 'yes' does not fit it`,
    'population-no-new-build-cut-off': (p) => `question ${p.question} asks for a year, but no exception names the first year (claimableWhen with atLeast): the model cannot give a new build a year`,
    'population-not-a-basic': (p) => `question ${p.question} decides no requirement's metWhen: put it under facts, with the probability of 'yes'`,
    'population-not-a-fact': (p) => `question ${p.question} decides whether a requirement is met: put it under basics, with the probability that the answer meets it`,
    'population-question-not-choice': (p) => `question ${p.question} is not a choice question (type ${p.type}); weights per answer do not fit it`,
    'population-question-unmodelled': (p) => `the model does not say how question ${p.question} (${p.type}) is answered: add it under assumptions.${p.where}`,
    'population-unknown-source': (p) => `source ${p.source} is not among the catalogue's sources (spec/bronnen.yaml)`,
    'simulate-options-exclude': (p) => `${p.option} and ${p.other} exclude each other: a population model draws its own cases`,
    'simulate-option-needs-model': (p) => `${p.option} only works with --model (a population model, e.g. spec/populations/dsp-2026.yaml)`,
    'baseline-requirements-missing': (p) => `catalogue version ${p.version} lacks the requirements ${p.requirements} that model today's PKVW requirement (src/policy/pkvw-baseline.ts)`,
  },
});

export type PolicyCode = CodeOf<typeof policyMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type PolicyParams<Code extends PolicyCode> = ParamsOf<typeof policyMessages, Code>;
