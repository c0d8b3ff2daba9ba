/** What the risk profile gives per scenario; the verdict carries it as `risk`. */

/** Why a scenario has its level: the baseline, an intake rule, or a fixed CCV/BVA advice. */
export type LevelBasis =
  | { readonly kind: 'baseline' }
  | { readonly kind: 'rule'; readonly rule: string }
  | { readonly kind: 'advice'; readonly reference: string };

/** Profiles share the entries that recur (a baseline, a rule's level): read-only. */
export interface ScenarioRisk {
  readonly scenario: string;
  readonly level: string;
  readonly basis: LevelBasis;
}
