/** How an answer is echoed back (review, terminal, web page): a permit year reads as a year. */
import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/flow/flow-words.js';
import { catalogue } from './flow-test-kit.js';

describe('describeAnswer', () => {
  it('shows a calendar year without digit grouping, in both languages', () => {
    const question = catalogue.questions.find((q) => q.id === 'wonen.vergunningsjaar');
    expect(question).toBeDefined();
    expect(describeAnswer(question!, 1975, 'nl')).toMatch(/^1975\b/);
    expect(describeAnswer(question!, 1975, 'en')).toMatch(/^1975\b/);
  });
});
