import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { renderState } from '../../src/flow/state-file.js';
import { catalogue, lastAnswers, NOW, policyEvent, startActor, type AnswerPolicy } from '../flow/flow-test-kit.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEY, PseudoTerminal } from './pseudo-terminal.js';
import { bundledSpecDir, packageRoot } from '../../src/package-paths.js';

/** A live prompt was drawn: inquirer marks it with "?" (a finished one gets "✔"). */
const LIVE_PROMPT = /\? (\[|Eis |Overzicht)/;

let dir: string;
const terminals: PseudoTerminal[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-check-e2e-'));
});
afterEach(() => {
  terminals.splice(0).forEach((terminal) => terminal.kill());
  rmSync(dir, { recursive: true, force: true });
});

function run(args: readonly string[]): PseudoTerminal {
  const terminal = new PseudoTerminal(args, dir);
  terminals.push(terminal);
  return terminal;
}

describe('pkvw-light check in a terminal', () => {
  it('asks in Dutch, stops on Ctrl-C with its answers saved (0600), and resumes to a verdict', async () => {
    const first = run(['check', '--state', 'voortgang.json', '--out', 'uitkomst']);
    await first.waitFor('[Intake · vraag 1 van ±');
    expect(first.screen()).toContain('Welk ambt bekleedt u?');
    expect(first.screen()).toContain('esc terug • ? uitleg');
    first.press(KEY.down + KEY.enter);
    await first.waitFor('vraag 2 van');
    let mark = first.mark;
    first.press('?');
    await first.waitFor('Uitleg:', mark);
    await first.waitFor('vraag 2 van', mark);
    first.press(KEY.enter);
    await first.waitFor('vraag 3 van');
    first.press(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.screen()).toContain('Gestopt. Uw antwoorden zijn bewaard in voortgang.json.');
    expect(first.screen()).toContain('Ga later verder met: npx pkvw-light check --resume voortgang.json');
    expect(first.screen()).not.toMatch(/\n\s+at /);
    expect(statSync(join(dir, 'voortgang.json')).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(join(dir, 'voortgang.json'), 'utf8')) as { answers: Record<string, { value: unknown }> };
    expect(saved.answers['intake.rol']?.value).toBe('wethouder');
    expect(Object.keys(saved.answers)).toHaveLength(2);

    const second = run(['check', '--resume', 'voortgang.json', '--out', 'uitkomst']);
    await second.waitFor('Verder met uw bewaarde zelfcheck (2 antwoorden bewaard).');
    await second.waitFor('vraag 3 van');
    mark = second.mark;
    second.press(KEY.escape);
    await second.waitFor('vraag 2 van', mark);
    // From here on: the first choice everywhere, until the review offers the verdict.
    for (let step = 0; step < 200 && !second.screen().includes('Klaar: toon het oordeel'); step++) {
      mark = second.mark;
      second.press(KEY.enter);
      await second.waitFor(LIVE_PROMPT, mark);
    }
    expect(second.screen()).toContain('Overzicht van uw antwoorden');
    second.press(KEY.enter);
    expect(await second.exited).toBe(0);
    expect(second.screen()).toMatch(/>> (BASIS OP ORDE|BASIS NIET OP ORDE|ONVOLLEDIG|DOORVERWIJZEN)/);
    expect(second.screen()).toContain('VERBETERPLAN');
    expect(second.screen()).not.toMatch(/\n\s+at /);
    for (const file of ['oordeel.json', 'rapport.txt', 'rapport.pdf']) expect(statSync(join(dir, 'uitkomst', file)).mode & 0o777).toBe(0o600);
    const verdict = JSON.parse(readFileSync(join(dir, 'uitkomst', 'oordeel.json'), 'utf8')) as { format: string; kind: string };
    expect(verdict).toMatchObject({ format: 'pkvw-light/verdict@1', kind: 'self-check' });
    expect(statSync(join(dir, 'voortgang.json')).mode & 0o777).toBe(0o600);
  });

  it('saves and exits 130 with the resume command when the process gets SIGTERM', async () => {
    const terminal = run(['check', '--state', 'voortgang.json']);
    await terminal.waitFor('vraag 1 van');
    terminal.press(KEY.enter);
    await terminal.waitFor('vraag 2 van');
    process.kill(terminal.cliPid(), 'SIGTERM');
    expect(await terminal.exited).toBe(130);
    expect(terminal.screen()).toContain('Ga later verder met: npx pkvw-light check --resume voortgang.json');
    const saved = JSON.parse(readFileSync(join(dir, 'voortgang.json'), 'utf8')) as { answers: Record<string, unknown> };
    expect(Object.keys(saved.answers)).toEqual(['intake.rol']);
    expect(statSync(join(dir, 'voortgang.json')).mode & 0o777).toBe(0o600);
  });

  it('resumes against a newer catalogue that only rewords a question with every answer, and keeps them all after Ctrl-C', async () => {
    // Rewording keeps earlier answers valid (spec diff says so): 0.1.0 asked it again and then lost it on Ctrl-C.
    const actor = startActor();
    for (let step = 0; step < 20; step++) actor.send(policyEvent(actor, lastAnswers));
    const flow = actor.getSnapshot().context.flow;
    const reworded = Object.keys(flow.values).find((id) => id.startsWith('wonen.'));
    if (reworded === undefined) throw new Error('no question about the home answered in 20 steps');
    writeFileSync(join(dir, 'voortgang.json'), renderState(catalogue, flow, NOW), { mode: 0o600 });
    const newer = join(dir, 'spec');
    cpSync(bundledSpecDir, newer, { recursive: true });
    const edit = (file: string, change: (doc: ReturnType<typeof parseDocument>) => void) => {
      const doc = parseDocument(readFileSync(join(newer, file), 'utf8'));
      change(doc);
      writeFileSync(join(newer, file), doc.toString());
    };
    edit('keurmerk.yaml', (doc) => doc.setIn(['keurmerk', 'version'], '0.2.0'));
    edit('wonen.yaml', (doc) => {
      const index = (doc.toJS() as { questions: { id: string }[] }).questions.findIndex((q) => q.id === reworded);
      doc.setIn(['questions', index, 'text', 'nl'], 'Is dit een anders gestelde vraag?');
    });

    const answered = Object.keys(flow.values).length;
    const terminal = run(['check', '--resume', 'voortgang.json', '--spec', 'spec']);
    await terminal.waitFor(`(${answered} antwoorden bewaard)`);
    expect(terminal.screen()).not.toContain('worden opnieuw gesteld');
    terminal.press(KEY.ctrlC);
    expect(await terminal.exited).toBe(130);
    const saved = JSON.parse(readFileSync(join(dir, 'voortgang.json'), 'utf8')) as { answers: Record<string, unknown> };
    expect(Object.keys(saved.answers).sort()).toEqual(Object.keys(flow.values).sort());
  });

  it('lets a bestuurder claim an exception with a justification, which the verdict shows as exempt', async () => {
    const monument: AnswerPolicy = (question) => (question.id === 'wonen.monument' ? 'rijksmonument' : lastAnswers(question));
    const actor = startActor();
    while (actor.getSnapshot().context.position.kind === 'question') actor.send(policyEvent(actor, monument));
    const position = actor.getSnapshot().context.position;
    if (position.kind !== 'exception') throw new Error('no exception offered for a monument with unmet basics');
    writeFileSync(join(dir, 'voortgang.json'), renderState(catalogue, actor.getSnapshot().context.flow, NOW), { mode: 0o600 });

    const terminal = run(['check', '--resume', 'voortgang.json', '--out', 'uitkomst']);
    await terminal.waitFor(`Eis ${position.requirement} `);
    await terminal.waitFor('Beschermd monument');
    terminal.press(KEY.down + KEY.enter);
    await terminal.waitFor('Uw onderbouwing');
    let mark = terminal.mark;
    terminal.press(KEY.enter);
    await terminal.waitFor('geef kort aan waarom de uitzondering geldt', mark);
    terminal.press('Historische voordeur, vergunning geweigerd' + KEY.enter);
    await terminal.waitFor('Welk bewijs is er?');
    terminal.press(KEY.enter);
    await terminal.waitFor('Verwijzing naar het bewijs');
    mark = terminal.mark;
    terminal.press('RM-1' + KEY.enter);
    await terminal.waitFor(LIVE_PROMPT, mark);
    for (let step = 0; step < 50 && !terminal.screen().includes('Klaar: toon het oordeel'); step++) {
      mark = terminal.mark;
      terminal.press(KEY.enter);
      await terminal.waitFor(LIVE_PROMPT, mark);
    }
    expect(terminal.screen()).toContain(`Uitzondering voor ${position.requirement}: Beschermd monument`);
    terminal.press(KEY.enter);
    expect(await terminal.exited).toBe(0);
    const verdict = JSON.parse(readFileSync(join(dir, 'uitkomst', 'oordeel.json'), 'utf8')) as Verdict;
    expect(verdict.requirements.find((r) => r.requirement === position.requirement)).toMatchObject({
      status: 'exempt',
      exemption: { exception: 'EX-MONUMENT', justification: 'Historische voordeur, vergunning geweigerd', evidence: 'document', reference: 'RM-1' },
    });
  });

  it('refuses to run without a terminal unless given answers, with exit 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('node', [join(packageRoot, 'dist', 'cli', 'bin.js'), 'check'], { cwd: dir, input: '', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('geen terminal');
    expect(result.stderr).toContain('--demo');
    expect(existsSync(join(dir, '.pkvw-light'))).toBe(false);
  });

  it('shows the bundled demo without a terminal (the README command)', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('node', [join(packageRoot, 'dist', 'cli', 'bin.js'), 'check', '--demo'], { cwd: dir, input: '', encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Demonstratie: de zelfcheck met de meegeleverde voorbeeldantwoorden');
    expect(result.stdout).toMatch(/>> BASIS NIET OP ORDE/);
    expect(result.stdout).toContain('VERBETERPLAN');
    expect(statSync(join(dir, '.pkvw-light', 'uitkomst', 'oordeel.json')).mode & 0o777).toBe(0o600);
  });
});
