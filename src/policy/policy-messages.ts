import type { Messages } from '../i18n/message-map.js';
import type { ProblemParams } from '../problems/problem.js';

const roleNl: Record<string, string> = {
  when: 'de voorwaarde van risicoregel',
  appliesWhen: 'appliesWhen van eis',
  metWhen: 'metWhen van eis',
  claimableWhen: 'claimableWhen van uitzondering',
};
const consequenceNl: Record<string, string> = {
  when: 'de regel verhoogt nooit een niveau',
  appliesWhen: 'de eis geldt nooit',
  metWhen: 'aan de eis kan nooit worden voldaan',
  claimableWhen: 'de uitzondering kan nooit worden ingeroepen',
};
const roleEn: Record<string, string> = {
  when: 'the condition of risk rule',
  appliesWhen: 'appliesWhen of requirement',
  metWhen: 'metWhen of requirement',
  claimableWhen: 'claimableWhen of exception',
};
const consequenceEn: Record<string, string> = {
  when: 'the rule never raises a level',
  appliesWhen: 'the requirement never applies',
  metWhen: 'the requirement can never be met',
  claimableWhen: 'the exception can never be claimed',
};
const pick = (map: Record<string, string>, p: ProblemParams) => map[String(p.role)] ?? String(p.role);

/** Problem messages of src/policy (including the static-analysis rules of `spec validate`), by code. */
export const policyMessages: Messages = {
  nl: {
    'question-unreachable': (p) => `vraag ${p.id} wordt nooit gesteld: geen enkel antwoord op de eerdere vragen laat askWhen gelden`,
    'condition-never-holds': (p) => `${pick(roleNl, p)} ${p.id} kan nooit gelden (tegenstrijdige delen, of een vraag die nooit gesteld wordt): ${pick(consequenceNl, p)}`,
    'condition-never-holds-together': (p) => `metWhen van eis ${p.id} kan nooit gelden wanneer appliesWhen geldt: aan de eis kan nooit worden voldaan`,
    'requirement-only-by-advice': (p) =>
      `eis ${p.id} geldt alleen met een CCV/BVA-advies: geen scenario bereikt het niveau van ${p.links} vanuit zijn basisniveau of via een risicoregel`,
    'requirement-always-applies': (p) =>
      `eis ${p.id} geldt voor iedereen door ${p.always} (op of onder het basisniveau); de koppelingen ${p.moot} veranderen dan niets. Koppel alleen op basisniveau als de eis voor iedereen bedoeld is`,
    'level-without-requirements': (p) => `bij niveau ${p.id} begint geen enkele eis: wie op dit niveau zit, krijgt dezelfde eisen als op het niveau eronder`,
    'simulate-case-invalid': (p) => `geval ${p.case} overgeslagen: het antwoordbestand past bij geen van de catalogusversies (${p.codes})`,
    'simulate-no-cases': (p) => `geen antwoordbestanden gevonden in ${p.path} (verwacht: <map>/<geval>/answers.yaml of <map>/*.yaml)`,
    'population-modeline-missing': () => `de eerste regel is niet '# yaml-language-server: $schema=../schema/population-model.schema.json'; een editor controleert het model dan niet terwijl u typt`,
    'population-duplicate': (p) => `${p.id} staat twee keer in ${p.field}`,
    'population-unknown-group': (p) => `groep ${p.group} bestaat niet (groepen: ${p.groups})`,
    'population-empty-group': (p) => `groep ${p.group} heeft geen ambt: geef bij een ambt 'group: ${p.group}' of haal de groep weg`,
    'population-total-mismatch': (p) => `${p.field}: de ambten tellen op tot ${p.sum}, de totaalregel zegt ${p.total}`,
    'population-count-exceeds': (p) => `${p.field} is ${p.count}, meer dan de ${p.limit} waar het een deel van is`,
    'population-group-without-respondents': (p) => `groep ${p.group} heeft geen aantal respondenten in survey.respondents.byGroup, dus geen noemer voor dit aandeel`,
    'population-range-excludes-value': (p) => `${p.field}: de waarde ${p.value} ligt buiten het bereik [${p.low}, ${p.high}]`,
    'population-catalogue-lacks-question': (p) => `catalogusversie ${p.version} heeft geen vraag ${p.question}, die een getrokken geval beantwoordt: dit model past niet bij deze catalogus`,
    'population-unknown-option': (p) => `${p.value} is geen antwoord op ${p.question} (mogelijk: ${p.allowed})`,
    'population-unknown-question': (p) => `de catalogus heeft geen vraag ${p.question}`,
    'population-question-not-yes-no': (p) => `vraag ${p.question} is geen ja/nee-vraag (type ${p.type}); een kans op 'ja' past er niet bij`,
    'population-no-new-build-cut-off': (p) => `vraag ${p.question} vraagt een jaar, maar geen uitzondering noemt het eerste jaar (claimableWhen met atLeast): het model kan nieuwbouw dan geen jaar geven`,
    'population-not-a-basic': (p) => `vraag ${p.question} bepaalt van geen enkele eis of zij voldaan is (geen metWhen): zet haar onder facts, met de kans op 'ja'`,
    'population-not-a-fact': (p) => `vraag ${p.question} bepaalt of een eis voldaan is: zet haar onder basics, met de kans dat het antwoord de eis voldoet`,
    'population-question-not-choice': (p) => `vraag ${p.question} is geen keuzevraag (type ${p.type}); gewichten per antwoord passen er niet bij`,
    'population-question-unmodelled': (p) => `het model zegt niet hoe vraag ${p.question} (${p.type}) wordt beantwoord: voeg haar toe onder assumptions.${p.where}`,
    'population-unknown-source': (p) => `bron ${p.source} staat niet in de bronnen van de catalogus (spec/bronnen.yaml)`,
    'simulate-options-exclude': (p) => `${p.option} en ${p.other} sluiten elkaar uit: een populatiemodel trekt zijn eigen gevallen`,
    'simulate-option-needs-model': (p) => `${p.option} werkt alleen met --model (een populatiemodel, bijvoorbeeld spec/populations/dsp-2026.yaml)`,
    'baseline-requirements-missing': (p) => `catalogusversie ${p.version} mist de eisen ${p.requirements} waarmee de huidige PKVW-eis wordt nagebootst (src/policy/pkvw-baseline.ts)`,
  },
  en: {
    'question-unreachable': (p) => `question ${p.id} is never asked: no answers to the earlier questions make its askWhen hold`,
    'condition-never-holds': (p) => `${pick(roleEn, p)} ${p.id} can never hold (contradictory parts, or a question that is never asked): ${pick(consequenceEn, p)}`,
    'condition-never-holds-together': (p) => `metWhen of requirement ${p.id} can never hold when its appliesWhen holds: the requirement can never be met`,
    'requirement-only-by-advice': (p) =>
      `requirement ${p.id} applies only with a CCV/BVA advice: no scenario reaches the level of ${p.links} from its baseline or by a risk rule`,
    'requirement-always-applies': (p) =>
      `requirement ${p.id} applies to everyone through ${p.always} (at or below the baseline); the links ${p.moot} then change nothing. Link only at baseline if the requirement is meant for everyone`,
    'level-without-requirements': (p) => `no requirement starts at level ${p.id}: a holder at this level gets the same requirements as at the level below`,
    'simulate-case-invalid': (p) => `case ${p.case} skipped: its answers file fits neither catalogue version (${p.codes})`,
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
};
