/**
 * Every sentence the verdict is told in, one map per language with the same keys, so the Dutch and
 * English explanation always say the same thing. Used by the explanation and the text report.
 */
import type { Language } from '../catalogue/catalogue-types.js';
import type { Outcome, RequirementStatus } from './verdict-types.js';

export interface VerdictWords {
  yes: string;
  no: string;
  notAnswered: string;
  and: string;
  scenarioAt: (scenario: string, level: string) => string;
  appliesBecause: (reasons: string) => string;
  appliesBecauseLink: (scenarioAt: string, minLevel: string) => string;
  basisBaseline: string;
  basisRule: (rule: string, because: string) => string;
  basisAdvice: (reference: string) => string;
  belowLevel: (links: string) => string;
  belowLevelLink: (scenarioAt: string, minLevel: string) => string;
  conditionNotHolding: (answers: string) => string;
  met: (answers: string) => string;
  notMet: (remedy: string) => string;
  unanswered: (questions: string) => string;
  exempt: (exception: string, justification: string) => string;
  context: string;
  evidence: (given: string, required: string, sufficient: boolean) => string;
  evidenceLevel: Record<'self-declared' | 'document' | 'inspected', string>;
  status: Record<RequirementStatus, string>;
  outcome: Record<Outcome, string>;
  outcomeMeaning: Record<Outcome, string>;
  title: (kind: string) => string;
  kind: Record<'self-check' | 'inspection', string>;
  catalogueLine: (id: string, version: string, date: string) => string;
  certifiable: string;
  notCertifiable: string;
  selfCheckNoCertificate: string;
  riskHeading: string;
  domainHeading: (domain: string, applicable: number, met: number, exempt: number, notMet: number, unanswered: number) => string;
  notApplicableList: (ids: string) => string;
  gapHeading: string;
  gapNone: string;
  gapTotal: (min: string, max: string) => string;
  gapWithoutCost: (count: number) => string;
  gapExceptions: (ids: string) => string;
  gapAnswerFirst: string;
  free: string;
  employerHeading: string;
  employerNone: string;
  domainName: Record<'wonen' | 'werk' | 'verplaatsen' | 'informatie', string>;
}

const nl: VerdictWords = {
  yes: 'ja',
  no: 'nee',
  notAnswered: 'niet beantwoord',
  and: ', en ',
  scenarioAt: (scenario, level) => `scenario ${scenario} op niveau ${level} staat`,
  appliesBecause: (reasons) => `Geldt omdat ${reasons}.`,
  appliesBecauseLink: (scenarioAt, minLevel) => `${scenarioAt} (minimaal ${minLevel})`,
  basisBaseline: 'het basisniveau voor elke bestuurder',
  basisRule: (rule, because) => `intakeregel ${rule}: ${because}`,
  basisAdvice: (reference) => `het beveiligingsadvies ${reference}`,
  belowLevel: (links) => `Geldt niet: ${links}.`,
  belowLevelLink: (scenarioAt, minLevel) => `${scenarioAt}, onder het minimum ${minLevel}`,
  conditionNotHolding: (answers) => `Geldt niet voor deze woning: de voorwaarde is niet vervuld (${answers}).`,
  met: (answers) => `Voldaan (${answers}).`,
  notMet: (remedy) => `Niet voldaan. Wat te doen: ${remedy}`,
  unanswered: (questions) => `Nog niet te beoordelen: beantwoord ${questions}.`,
  exempt: (exception, justification) => `Uitgezonderd via ${exception}. Onderbouwing: ${justification}`,
  context: 'Maatregel van de werkgever: ter informatie, telt niet mee in het oordeel over de bestuurder.',
  evidence: (given, required, sufficient) =>
    `Bewijs: ${given}; vereist voor een certificaat: ${required}${sufficient ? '.' : ' — onvoldoende voor een certificaat.'}`,
  evidenceLevel: { 'self-declared': 'eigen verklaring', document: 'document', inspected: 'inspectie ter plaatse' },
  status: { met: 'voldaan', 'not-met': 'niet voldaan', 'not-applicable': 'niet van toepassing', exempt: 'uitgezonderd', unanswered: 'open', context: 'werkgever' },
  outcome: { 'basis-op-orde': 'Basis op orde', 'niet-op-orde': 'Basis niet op orde', onvolledig: 'Onvolledig', doorverwijzen: 'Doorverwijzen' },
  outcomeMeaning: {
    'basis-op-orde': 'Alle basismaatregelen die bij uw risico horen, zijn genomen of terecht uitgezonderd.',
    'niet-op-orde': 'Een of meer basismaatregelen die bij uw risico horen, ontbreken nog. Het verbeterplan hieronder zegt wat er nodig is.',
    onvolledig: 'Er ontbreekt niets dat al bekend is, maar nog niet alle vragen zijn beantwoord.',
    doorverwijzen:
      'Uw risico is hoger dan wat met basismaatregelen te regelen is. Neem contact op met uw werkgever en de politie (Bewaken en Beveiligen); dit keurmerk oordeelt hier niet.',
  },
  title: (kind) => `PKVW-light — oordeel (${kind})`,
  kind: { 'self-check': 'zelfcheck', inspection: 'inspectie' },
  catalogueLine: (id, version, date) => `Catalogus ${id} ${version} · beoordeeld op ${date}`,
  certifiable: 'Het bewijs volstaat: een licht certificaat kan worden afgegeven.',
  notCertifiable: 'Nog geen certificaat: niet elke maatregel is met het vereiste bewijs vastgesteld.',
  selfCheckNoCertificate: 'Dit is een zelfcheck, geen certificaat: een PKVW-bedrijf moet de woning inspecteren.',
  riskHeading: 'RISICOPROFIEL',
  domainHeading: (domain, applicable, met, exempt, notMet, unanswered) =>
    `${domain.toUpperCase()} — ${applicable} van toepassing: ${[`${met} voldaan`, exempt > 0 ? `${exempt} uitgezonderd` : '', notMet > 0 ? `${notMet} niet voldaan` : '', unanswered > 0 ? `${unanswered} open` : ''].filter(Boolean).join(', ')}`,
  notApplicableList: (ids) => `Niet van toepassing: ${ids}`,
  gapHeading: 'VERBETERPLAN',
  gapNone: 'Niets te doen: alle basismaatregelen zijn op orde.',
  gapTotal: (min, max) => `Totaal indicatief: ${min} – ${max} (incl. btw)`,
  gapWithoutCost: (count) => `${count} ${count === 1 ? 'maatregel' : 'maatregelen'} zonder kostenindicatie`,
  gapExceptions: (ids) => `of beroep op uitzondering ${ids}`,
  gapAnswerFirst: 'Eerst nog beantwoorden (zie hierboven)',
  free: 'kosteloos',
  employerHeading: 'MAATREGELEN VAN DE WERKGEVER (ter informatie)',
  employerNone: 'Geen.',
  domainName: { wonen: 'Wonen', werk: 'Werk', verplaatsen: 'Verplaatsen', informatie: 'Informatie' },
};

const en: VerdictWords = {
  yes: 'yes',
  no: 'no',
  notAnswered: 'not answered',
  and: ', and ',
  scenarioAt: (scenario, level) => `scenario ${scenario} is at level ${level}`,
  appliesBecause: (reasons) => `Applies because ${reasons}.`,
  appliesBecauseLink: (scenarioAt, minLevel) => `${scenarioAt} (minimum ${minLevel})`,
  basisBaseline: 'the baseline for every administrator',
  basisRule: (rule, because) => `intake rule ${rule}: ${because}`,
  basisAdvice: (reference) => `security advice ${reference}`,
  belowLevel: (links) => `Does not apply: ${links}.`,
  belowLevelLink: (scenarioAt, minLevel) => `${scenarioAt}, below the minimum ${minLevel}`,
  conditionNotHolding: (answers) => `Does not apply to this home: its condition does not hold (${answers}).`,
  met: (answers) => `Met (${answers}).`,
  notMet: (remedy) => `Not met. What to do: ${remedy}`,
  unanswered: (questions) => `Cannot be judged yet: answer ${questions}.`,
  exempt: (exception, justification) => `Exempt through ${exception}. Justification: ${justification}`,
  context: "Employer's measure: shown for context, not part of the verdict on the administrator.",
  evidence: (given, required, sufficient) =>
    `Evidence: ${given}; required for a certificate: ${required}${sufficient ? '.' : ' — not enough for a certificate.'}`,
  evidenceLevel: { 'self-declared': 'self-declared', document: 'document', inspected: 'inspected on site' },
  status: { met: 'met', 'not-met': 'not met', 'not-applicable': 'not applicable', exempt: 'exempt', unanswered: 'open', context: 'employer' },
  outcome: { 'basis-op-orde': 'Basics in order', 'niet-op-orde': 'Basics not in order', onvolledig: 'Incomplete', doorverwijzen: 'Refer on' },
  outcomeMeaning: {
    'basis-op-orde': 'Every basic measure that goes with your risk is in place or rightly exempted.',
    'niet-op-orde': 'One or more basic measures that go with your risk are still missing. The improvement plan below says what is needed.',
    onvolledig: 'Nothing known is missing, but not every question has been answered yet.',
    doorverwijzen:
      'Your risk is higher than basic measures can handle. Contact your employer and the police (Surveillance and Protection); this keurmerk does not judge here.',
  },
  title: (kind) => `PKVW-light — verdict (${kind})`,
  kind: { 'self-check': 'self-check', inspection: 'inspection' },
  catalogueLine: (id, version, date) => `Catalogue ${id} ${version} · assessed on ${date}`,
  certifiable: 'The evidence suffices: a light certificate can be issued.',
  notCertifiable: 'No certificate yet: not every measure was established with the evidence required.',
  selfCheckNoCertificate: 'This is a self-check, not a certificate: a PKVW firm must inspect the home.',
  riskHeading: 'RISK PROFILE',
  domainHeading: (domain, applicable, met, exempt, notMet, unanswered) =>
    `${domain.toUpperCase()} — ${applicable} applicable: ${[`${met} met`, exempt > 0 ? `${exempt} exempt` : '', notMet > 0 ? `${notMet} not met` : '', unanswered > 0 ? `${unanswered} open` : ''].filter(Boolean).join(', ')}`,
  notApplicableList: (ids) => `Not applicable: ${ids}`,
  gapHeading: 'IMPROVEMENT PLAN',
  gapNone: 'Nothing to do: every basic measure is in order.',
  gapTotal: (min, max) => `Indicative total: ${min} – ${max} (incl. VAT)`,
  gapWithoutCost: (count) => `${count} ${count === 1 ? 'measure' : 'measures'} without a cost indication`,
  gapExceptions: (ids) => `or claim exception ${ids}`,
  gapAnswerFirst: 'Still to answer (see above)',
  free: 'free of charge',
  employerHeading: "EMPLOYER'S MEASURES (for context)",
  employerNone: 'None.',
  domainName: { wonen: 'Home', werk: 'Work', verplaatsen: 'Travel', informatie: 'Information' },
};

export const verdictWords: Record<Language, VerdictWords> = { nl, en };
