import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * The fields the proportional verdict reads must fit together: a measure is an employer entry; a
 * reasoned refusal is for owner basics outside the PKVW woning core; a known amount states the
 * amount and where it comes from; a permit-year cut-off belongs to a new-build proof only.
 */
export const verdictFieldsFit: CatalogueRule = (ctx) => [
  ...ctx.requirements.flatMap((req) => {
    const { id, responsibility, measure, allowsRefusal, pkvwCore, costClass } = req.item;
    return [
      ...(measure && responsibility !== 'werkgever' ? [ctx.problem('measure-not-employer', 'error', req, ['measure'], { id })] : []),
      ...(allowsRefusal && responsibility !== 'bestuurder' ? [ctx.problem('refusal-not-owner', 'error', req, ['allowsRefusal'], { id })] : []),
      ...(allowsRefusal && pkvwCore ? [ctx.problem('refusal-pkvw-core', 'error', req, ['allowsRefusal'], { id })] : []),
      ...(costClass?.kind === 'known-amount' && (!costClass.amount || (costClass.sources ?? []).length === 0)
        ? [ctx.problem('cost-class-amount-missing', 'error', req, ['costClass', 'kind'], { id })]
        : []),
      ...(costClass && costClass.kind !== 'known-amount' && costClass.amount ? [ctx.problem('cost-class-amount-not-allowed', 'error', req, ['costClass', 'amount'], { id, kind: costClass.kind })] : []),
    ];
  }),
  ...ctx.exceptions.flatMap((exception) => {
    const { id, proof } = exception.item;
    if (!proof) return [];
    if (proof.kind === 'new-build' && !proof.cutOff) return [ctx.problem('proof-cut-off-missing', 'error', exception, ['proof', 'kind'], { id })];
    if (proof.kind !== 'new-build' && proof.cutOff) return [ctx.problem('proof-cut-off-not-allowed', 'error', exception, ['proof', 'cutOff'], { id, kind: proof.kind })];
    return [];
  }),
];
