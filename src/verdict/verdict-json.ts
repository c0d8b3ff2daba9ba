import type { Verdict } from './verdict-types.js';
import { canonicalJson } from '../canonical/canonical-json.js';

/**
 * The verdict as RFC 8785 canonical JSON: the bytes a certificate embeds and signs. The same
 * catalogue, answers and clock give the same bytes, whatever order the answers file used.
 */
export function canonicalVerdictJson(verdict: Verdict): string {
  return canonicalJson(verdict);
}
