import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

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
const pick = (map: Record<string, string>, p: Params<'role'>) => map[String(p.role)] ?? String(p.role);

/** Problem messages of the static-analysis rules of `spec validate` (`rules/analysis-*.ts`), by code. */
export const analysisMessages = defineMessages({
  nl: {
    'question-unreachable': (p: Params<'id'>) => `vraag ${p.id} wordt nooit gesteld: geen enkel antwoord op de eerdere vragen laat askWhen gelden`,
    'condition-never-holds': (p: Params<'id' | 'role'>) => `${pick(roleNl, p)} ${p.id} kan nooit gelden (tegenstrijdige delen, of een vraag die nooit gesteld wordt): ${pick(consequenceNl, p)}`,
    'condition-never-holds-together': (p: Params<'id'>) => `metWhen van eis ${p.id} kan nooit gelden wanneer appliesWhen geldt: aan de eis kan nooit worden voldaan`,
    'requirement-only-by-advice': (p: Params<'id' | 'links'>) =>
      `eis ${p.id} geldt alleen met een CCV/BVA-advies: geen scenario bereikt het niveau van ${p.links} vanuit zijn basisniveau of via een risicoregel`,
    'requirement-always-applies': (p: Params<'always' | 'id' | 'moot'>) =>
      `eis ${p.id} geldt voor iedereen door ${p.always} (op of onder het basisniveau); de koppelingen ${p.moot} veranderen dan niets. Koppel alleen op basisniveau als de eis voor iedereen bedoeld is`,
    'level-without-requirements': (p: Params<'id'>) => `bij niveau ${p.id} begint geen enkele eis: wie op dit niveau zit, krijgt dezelfde eisen als op het niveau eronder`,
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
  },
});

export type AnalysisCode = CodeOf<typeof analysisMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type AnalysisParams<Code extends AnalysisCode> = ParamsOf<typeof analysisMessages, Code>;
