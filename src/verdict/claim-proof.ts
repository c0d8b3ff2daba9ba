/**
 * When a claim on an exception is proven: its evidence reaches the level the exception requires,
 * a reference names the document at level document or above, and the structured fields of the
 * exception's proof are given. Until then the claim stays `claimed`. Pure.
 */
import { EVIDENCE_LEVELS } from '../catalogue/catalogue-types.js';
import type { CatalogueException } from '../catalogue/catalogue-types.js';
import type { ExceptionClaim } from '../answers/answers-types.js';
import type { ClaimGap } from './verdict-types.js';

/**
 * @example
 * claimGaps(claim, exception) // [] when proven; [{ kind: 'field', field: 'monument' }] when the register number is missing
 */
export function claimGaps(claim: ExceptionClaim, exception: CatalogueException): ClaimGap[] {
  const gaps: ClaimGap[] = [];
  const given = EVIDENCE_LEVELS.indexOf(claim.evidence.level);
  if (given < EVIDENCE_LEVELS.indexOf(exception.evidence)) gaps.push({ kind: 'evidence-level', required: exception.evidence });
  // A document the reader cannot find proves nothing: from level document on, a reference is needed.
  if (given >= EVIDENCE_LEVELS.indexOf('document') && !claim.evidence.reference?.trim()) gaps.push({ kind: 'reference' });
  switch (exception.proof?.kind) {
    case 'monument':
      if (!claim.monument) gaps.push({ kind: 'field', field: 'monument' });
      break;
    case 'new-build': {
      // A year before the cut-off is refused when the answers are read; here only its absence counts.
      const year = claim.newBuild?.permitYear;
      const cutOff = exception.proof.cutOff?.permitYearFrom;
      if (year === undefined || (cutOff !== undefined && year < cutOff)) gaps.push({ kind: 'field', field: 'newBuild' });
      break;
    }
    case 'equivalent-alternative':
      if (!claim.alternative) gaps.push({ kind: 'field', field: 'alternative' });
      break;
    case 'landlord-refusal':
      if (!claim.landlordRefusal) gaps.push({ kind: 'field', field: 'landlordRefusal' });
      break;
    case undefined:
      break;
  }
  return gaps;
}

/** A gap as a language-neutral token for a problem's parameters (`reference`, `evidence-level:document`, `field:monument`). */
export function claimGapToken(gap: ClaimGap): string {
  if (gap.kind === 'evidence-level') return `evidence-level:${gap.required}`;
  if (gap.kind === 'field') return `field:${gap.field}`;
  return 'reference';
}

/** The gap a token stands for; `undefined` for a token `claimGapToken` never makes. */
export function claimGapFromToken(token: string): ClaimGap | undefined {
  if (token === 'reference') return { kind: 'reference' };
  const [kind, value] = token.split(':');
  if (kind === 'field' && value) return { kind: 'field', field: value };
  const level = EVIDENCE_LEVELS.find((l) => l === value);
  if (kind === 'evidence-level' && level) return { kind: 'evidence-level', required: level };
  return undefined;
}
