import type { CatalogueRule } from '../catalogue-rule-context.js';

/**
 * A domain a scenario is about must have requirements: otherwise a whole domain file is missing
 * (or empty) and the catalogue would quietly judge without it.
 */
export const domainsHaveRequirements: CatalogueRule = (ctx) => {
  const covered = new Set(ctx.requirements.map((entry) => entry.item.domain));
  const reported = new Set<string>();
  return ctx.scenarios.flatMap((entry) =>
    entry.item.domains.flatMap((domain, index) => {
      if (covered.has(domain) || reported.has(domain)) return [];
      reported.add(domain);
      return [ctx.problem('domain-without-requirements', 'error', entry, ['domains', index], { scenario: entry.item.id, domain })];
    }),
  );
};
