/** What the risk profile gives per scenario; the verdict carries it as `risk`. */

/** Why a scenario has its level: the baseline, an intake rule, or a fixed CCV/BVA advice. */
export type LevelBasis =
  | { kind: 'baseline' }
  | { kind: 'rule'; rule: string }
  | { kind: 'advice'; reference: string };

export interface ScenarioRisk {
  scenario: string;
  level: string;
  basis: LevelBasis;
}
