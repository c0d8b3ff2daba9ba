/**
 * What the advice step offers, for every front end alike: the employer's measures and the owner
 * basics grouped by domain, and the "none of these / not listed" choice among the measures, which
 * excludes the others. The machine checks the advice itself (`stepProblem`, `ADVICE`).
 */
import { DOMAINS, type Catalogue, type Requirement, type Domain } from '../catalogue/catalogue-types.js';
import type { Problem } from '../problems/problem.js';
import { NONE_OPTION } from '../answers/answer-value.js';
import { flowWords } from './flow-words.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { flowMessages } from './flow-messages.js';

/** The choice "none of these / not listed" among the advised measures: the advice is then recorded with no measures. */
export const NO_MEASURE = NONE_OPTION;

export interface RequirementGroup {
  domain: Domain;
  requirements: Requirement[];
}

/** The employer's measures an advice can name, by domain in flow order, catalogue order within. */
export function measureGroups(catalogue: Catalogue): RequirementGroup[] {
  return groupsOf(catalogue, (requirement) => requirement.measure !== undefined);
}

/** The owner basics an advice can let go or make a hard condition, by domain. */
export function basicGroups(catalogue: Catalogue): RequirementGroup[] {
  return groupsOf(catalogue, (requirement) => requirement.responsibility === 'bestuurder');
}

function groupsOf(catalogue: Catalogue, keep: (requirement: Requirement) => boolean): RequirementGroup[] {
  return DOMAINS.map((domain) => ({ domain, requirements: catalogue.requirements.filter((requirement) => requirement.domain === domain && keep(requirement)) })).filter(
    (group) => group.requirements.length > 0,
  );
}

/**
 * The measures ticked, as the advice records them: "none of these" alone is none; nothing ticked, or
 * "none" with others, is refused (the same rule, and codes, as a multi question with "Geen van deze").
 * @example
 * advisedMeasures(['WON-16', 'geen']) // { problem: { code: 'flow-answer-none-with-others', … } }
 */
export function advisedMeasures(selected: readonly string[]): { measures: string[] } | { problem: Problem } {
  const names = { noneNl: flowWords.nl.advice.measuresNone, noneEn: flowWords.en.advice.measuresNone };
  if (selected.length === 0) return { problem: { code: 'flow-answer-multi-empty', severity: 'error', params: names } satisfies ProblemOf<typeof flowMessages> };
  if (!selected.includes(NO_MEASURE)) return { measures: [...selected] };
  if (selected.length > 1) return { problem: { code: 'flow-answer-none-with-others', severity: 'error', params: names } satisfies ProblemOf<typeof flowMessages> };
  return { measures: [] };
}
