import type { Answers } from './answers-types.js';
import { canonicalHash } from '../canonical/canonical-json.js';

// Answers are values: built once by validateAnswers/answersFromValues and never mutated, so their
// hash can be kept. The flow and the simulator evaluate the same answers many times over.
const hashes = new WeakMap<Answers, string>();

/** SHA-256 of the canonical JSON of validated answers: what a verdict pins. */
export function answersHash(answers: Answers): string {
  let hash = hashes.get(answers);
  if (hash === undefined) {
    hash = canonicalHash(answers);
    hashes.set(answers, hash);
  }
  return hash;
}
