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

/** The README row for a case: `| case | questions | exception steps | refusal steps |`. */
const row = (name: string, counts: { questions: number; exceptionSteps: number; refusalSteps: number }) => `| ${name} | ${counts.questions} | ${counts.exceptionSteps} | ${counts.refusalSteps} |`;

describe('how many questions a person is asked', () => {
  it('has a count for every fixture case', () => {
    expect(Object.keys(QUESTIONS_ASKED.cases).sort()).toEqual([...cases].sort());
  });

  it.each(cases)('asks case %s the counted questions, exception steps and refusal steps, as README.md says', (name) => {
    const { asked } = replayAnswers(catalogue, readAnswers(join(casesDir, name, 'answers.yaml'), catalogue), clock);
    expect(asked).toEqual(QUESTIONS_ASKED.cases[name]);
    expect(readme).toContain(row(name, asked));
  });

  it('asks the demo the counted questions', () => {
    const { asked } = replayAnswers(catalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue), clock);
    expect(asked).toEqual(QUESTIONS_ASKED.demo);
    expect(readme).toContain(row('`check --demo`', asked));
  });

  it('asks the wethouder with a terraced house and no incidents the counted questions, with one exception step and no refusal step', () => {
    const actor = startActor();
    const steps = { exceptions: 0, refusals: 0 };
    finish(actor, (question) => wethouderTerracedHouse(question), false, (kind) => {
      if (kind === 'exceptions' || kind === 'refusals') steps[kind]++;
    });
    const counts = { questions: flowSteps(catalogue, actor.getSnapshot().context.flow).length, exceptionSteps: steps.exceptions, refusalSteps: steps.refusals };
    expect(counts).toEqual(QUESTIONS_ASKED.wethouder);
    expect(readme).toContain(row('wethouder, terraced house, no incidents', counts));
  });

  it('counts a refusal step once per prompt: case 18 refuses two basics, one each round', () => {
    const { asked } = replayAnswers(catalogue, readAnswers(join(casesDir, '18-burgemeester-publiek-account', 'answers.yaml'), catalogue), clock);
    expect(asked.refusalSteps).toBe(2);
  });
});
