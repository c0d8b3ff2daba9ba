import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { replayAnswers } from '../../src/flow/replay-answers.js';
import { flowSteps } from '../../src/flow/flow-navigation.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import { catalogue, clock, finish, startActor, wethouderTerracedHouse } from './flow-test-kit.js';
import { QUESTIONS_ASKED } from './question-counts.js';

const casesDir = join(fixturesDir, 'cases');
const cases = readdirSync(casesDir).filter((name) => statSync(join(casesDir, name)).isDirectory());
const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');

/** The README row for a case: `| case | questions | exception steps |`. */
const row = (name: string, counts: { questions: number; exceptionSteps: number }) => `| ${name} | ${counts.questions} | ${counts.exceptionSteps} |`;

describe('how many questions a person is asked', () => {
  it('has a count for every fixture case', () => {
    expect(Object.keys(QUESTIONS_ASKED.cases).sort()).toEqual([...cases].sort());
  });

  it.each(cases)('asks case %s the counted questions and exception steps, as README.md says', (name) => {
    const { asked } = replayAnswers(catalogue, readAnswers(join(casesDir, name, 'answers.yaml'), catalogue), clock);
    expect(asked).toEqual(QUESTIONS_ASKED.cases[name]);
    expect(readme).toContain(row(name, asked));
  });

  it('asks the demo the counted questions', () => {
    const { asked } = replayAnswers(catalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue), clock);
    expect(asked).toEqual(QUESTIONS_ASKED.demo);
    expect(readme).toContain(row('`check --demo`', asked));
  });

  it('asks the wethouder with a terraced house and no incidents the counted questions, with one exception step', () => {
    const actor = startActor();
    let exceptionSteps = 0;
    finish(actor, (question) => wethouderTerracedHouse(question), false, () => exceptionSteps++);
    const questions = flowSteps(catalogue, actor.getSnapshot().context.flow).length;
    expect({ questions, exceptionSteps }).toEqual(QUESTIONS_ASKED.wethouder);
    expect(readme).toContain(row('wethouder, terraced house, no incidents', { questions, exceptionSteps }));
  });
});
