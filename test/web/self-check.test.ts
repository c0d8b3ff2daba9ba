import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { parse } from 'yaml';
import { buildSite } from '../../src/web/build-site.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import type { Question } from '../../src/catalogue/catalogue-types.js';
import { flowWords } from '../../src/flow/flow-words.js';
import { fixturesDir } from '../../src/package-paths.js';
import { selfCheckWords } from '../../src/web/self-check/self-check-words.js';
import { newDeviceKey, saveCheck, STORE_KEY } from '../../src/web/self-check/device-store.js';
import type { FlowAnswers } from '../../src/flow/flow-answers.js';
import { savedDefinitions } from '../../src/flow/saved-answers.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { runMain } from '../../cli/main.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { captureIo } from '../support/capture-io.js';
import { axeViolations, launchBrowser, recordedPage, tabTo, tabToSelector, type RecordedPage } from './browser.js';
import { policyEvent, startActor, wethouderTerracedHouse } from '../flow/flow-test-kit.js';

const catalogue = loadCatalogue();
const nl = flowWords.nl;
const words = selfCheckWords.nl;
/** The example self-check's answers, given by keyboard; a question it does not answer is left open ("weet ik niet"). */
const example = (parse(readFileSync(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), 'utf8')) as { answers: Record<string, unknown> }).answers;
const PASSPHRASE = 'correct paard batterij nietje';

/** A store as the page keeps one, in memory: encrypted here as the page does, then put into the page's localStorage. */
function memoryStorage(): { kept: Map<string, string>; storage: Storage } {
  const kept = new Map<string, string>();
  return { kept, storage: { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, value: string) => void kept.set(key, value) } as Storage };
}

const scratch = mkdtempSync(join(tmpdir(), 'pkvw-web-'));
const downloads = join(scratch, 'downloads');
let browser: Browser;
let recorded: RecordedPage;
let page: Page;
let cdp: CDPSession;
let url: string;

beforeAll(async () => {
  const { html } = await buildSite();
  writeFileSync(join(scratch, 'index.html'), html);
  url = pathToFileURL(join(scratch, 'index.html')).href;
  browser = await launchBrowser();
  recorded = await recordedPage(browser, url);
  page = recorded.page;
  cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  await page.goto(url);
});

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

type Screen = { kind: 'question'; legend: string } | { kind: 'advice' } | { kind: 'exceptions' } | { kind: 'refusals' } | { kind: 'review' } | { kind: 'verdict' } | { kind: 'start' };

async function screen(): Promise<Screen> {
  return page.evaluate(() => {
    if (document.querySelector('main pre.report')) return { kind: 'verdict' as const };
    if (document.querySelector('main dl.review')) return { kind: 'review' as const };
    if (document.querySelector('main form.advice')) return { kind: 'advice' as const };
    if (document.querySelector('main form.refusals')) return { kind: 'refusals' as const };
    const legend = document.querySelector('main form fieldset legend')?.textContent ?? '';
    if (document.querySelector('main form fieldset input[type="radio"][value=""]')) return { kind: 'exceptions' as const };
    if (legend) return { kind: 'question' as const, legend };
    return { kind: 'start' as const };
  });
}

function questionOf(legend: string): Question {
  const question = catalogue.questions.find((candidate) => candidate.text.nl === legend);
  if (!question) throw new Error(`no question "${legend}"`);
  return question;
}

/** One step, by keyboard only: the page has put the focus on the step's first control. */
async function answerStep(current: Screen, answers: Record<string, unknown> = example): Promise<void> {
  if (current.kind === 'question') {
    const question = questionOf(current.legend);
    const value = answers[question.id];
    if (value === undefined) {
      await tabTo(page, nl.skip);
      await page.keyboard.press('Enter');
    } else if (question.type === 'number') {
      await page.keyboard.type(String(value));
      await page.keyboard.press('Enter');
    } else if (question.type === 'multi') {
      const options = question.options ?? [];
      for (const [index, option] of options.entries()) {
        if ((value as string[]).includes(option.value)) await page.keyboard.press('Space');
        if (index < options.length - 1) await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
    } else {
      const values = question.type === 'boolean' ? [true, false] : (question.options ?? []).map((option) => option.value);
      const index = values.indexOf(value as never);
      expect(index, question.id).toBeGreaterThanOrEqual(0);
      // Arrow keys move the choice within the group; Space takes the first.
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
  } else if (current.kind === 'advice') {
    // The example has no advice: "Nee", the second choice.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  } else if (current.kind === 'exceptions' || current.kind === 'refusals') {
    // The first choice is "Nee, geen uitzondering" (or "Nee, ik zie van geen van deze af").
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  } else if (current.kind === 'review') {
    await tabTo(page, nl.reviewToVerdict);
    await page.keyboard.press('Enter');
  }
}

async function playUntil(stop: (screen: Screen, steps: number) => boolean, visit: (screen: Screen) => Promise<void> = async () => undefined, answers: Record<string, unknown> = example): Promise<Screen> {
  for (let steps = 0; steps < 200; steps++) {
    const current = await screen();
    if (stop(current, steps)) return current;
    await visit(current);
    await answerStep(current, answers);
  }
  throw new Error('the self-check did not end');
}

/** At the advice step after "Ja": the reference, `date`, and the measures WON-16 and WON-18 by keyboard, then Enter. */
async function typeAdvice(date: string): Promise<void> {
  await tabToSelector(page, 'input[name="reference"]');
  await page.keyboard.type('CCV-advies 2026-0917');
  await tabToSelector(page, 'input[name="date"]');
  await page.keyboard.type(date);
  for (const measure of ['WON-16', 'WON-18']) {
    await tabToSelector(page, `input[value="${measure}"]`);
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
}

/** With PKVW_WEB_SCREENSHOTS=docs/images the README's two screenshots are made anew. */
const SCREENSHOTS: Record<string, string> = { 'first question': 'web-zelfcheck-vraag.png', verdict: 'web-zelfcheck-oordeel.png', 'refusal step': 'web-zelfcheck-afzien.png' };

async function expectAccessible(where: string): Promise<void> {
  const folder = process.env.PKVW_WEB_SCREENSHOTS;
  const name = SCREENSHOTS[where];
  if (folder && name) await page.screenshot({ path: join(folder, name), clip: { x: 0, y: 0, width: 1000, height: 1100 } });
  expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
}

/**
 * Exports the answers by keyboard and waits for Chromium to report the download complete: it creates
 * the file before writing it, so polling for the name alone once read an empty file.
 */
async function exportAnswers(): Promise<string> {
  const finished = new Promise<void>((resolve, reject) => {
    const listener = (event: { state: string }) => {
      if (event.state === 'inProgress') return;
      cdp.off('Browser.downloadProgress', listener);
      if (event.state === 'completed') resolve();
      else reject(new Error(`the download ended ${event.state}`));
    };
    cdp.on('Browser.downloadProgress', listener);
  });
  await tabTo(page, words.exportAnswers);
  await page.keyboard.press('Enter');
  await finished;
  return join(downloads, 'antwoorden.yaml');
}

describe('the web self-check, from file:// with keyboard only', () => {
  it('opens in Dutch, switches to English and back, and shows the catalogue hash', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.$eval('main h1', (h) => h.textContent)).toBe(words.title);
    expect(await page.$eval('footer .hash', (code) => code.textContent)).toBe(catalogue.hash);
    await expectAccessible('start');
    await tabTo(page, 'English');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.$eval('main h1', (h) => h.textContent)).toBe(selfCheckWords.en.title);
    await page.keyboard.press('Enter');
    expect(await page.$eval('main h1', (h) => h.textContent)).toBe(words.title);
  });

  let legendBeforeReload = '';

  it('asks one question at a time, and keeps the answers encrypted on the device when asked', async () => {
    await tabTo(page, words.start);
    await page.keyboard.press('Enter');
    const first = await screen();
    expect(first.kind).toBe('question');
    await expectAccessible('first question');
    // The help opens under the question.
    await tabTo(page, words.help);
    await page.keyboard.press('Enter');
    expect(await page.$eval('main .help', (help) => (help as HTMLElement).hidden)).toBe(false);
    await page.keyboard.press('Enter');
    await page.focus('main form fieldset input');
    const atFifth = await playUntil((_screen, steps) => steps === 5);
    expect(atFifth.kind).toBe('question');
    legendBeforeReload = (atFifth as { legend: string }).legend;
    await tabTo(page, words.keepHeading);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.querySelector('main [role="status"]')?.textContent === text, {}, words.keptNow);
    const stored = await page.evaluate(() => localStorage.getItem('pkvw-light/zelfcheck') ?? '');
    expect(stored).toContain('pkvw-light/web-store@1');
    // Encrypted: no answer, question id or option in the clear.
    for (const clear of ['wethouder', 'intake.rol', 'ervaren-dreiging']) expect(stored).not.toContain(clear);
  });

  it('resumes after a reload from the encrypted store, refusing a wrong passphrase', async () => {
    await page.reload();
    expect(await page.$eval('main h2', (h) => h.textContent)).toBe(words.storedHeading);
    await tabToSelector(page, 'input[type="password"]');
    await page.keyboard.type('niet mijn wachtwoordzin');
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.querySelector('main [role="alert"]')?.textContent === text, {}, words.wrongPassphrase);
    await page.$eval('input[type="password"]', (input) => ((input as HTMLInputElement).value = ''));
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main form fieldset legend');
    expect(await screen()).toEqual({ kind: 'question', legend: legendBeforeReload });
  });

  let shownReport = '';

  it('plays on to the verdict, with the funding decision first, and every step accessible', async () => {
    const checked = new Set<string>();
    await playUntil(
      (current) => current.kind === 'verdict',
      async (current) => {
        // The advice step, the exception step and the review, once each.
        if (current.kind === 'question' || checked.has(current.kind)) return;
        checked.add(current.kind);
        await expectAccessible(current.kind);
      },
    );
    expect([...checked].sort()).toEqual(['advice', 'exceptions', 'review']);
    const headings = await page.$$eval('main h2', (list) => list.map((h) => h.textContent));
    expect(headings[0]).toBe('Wat uw werkgever nu kan bekostigen');
    shownReport = await page.$eval('main pre.report', (pre) => pre.textContent ?? '');
    expect(shownReport).toContain('WAT UW WERKGEVER NU KAN BEKOSTIGEN');
    await expectAccessible('verdict');
  });

  it('exports an answers file that pkvw-light assess gives the same verdict for', async () => {
    const file = await exportAnswers();
    expect(readdirSync(downloads)).toEqual(['antwoorden.yaml']);
    const io = captureIo({ now: new Date() });
    expect(await runMain(['assess', file], io)).toBe(0);
    expect(io.out).toBe(shownReport);
  });

  it('wipes the kept answers on "wis mijn gegevens"', async () => {
    await tabTo(page, words.wipe);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.$eval('main [role="status"]', (note) => note.textContent)).toBe(words.wiped);
  });

  it('goes on from an exported answers file at its first open question, to the same verdict', async () => {
    const input = await page.$('main input[type="file"]');
    await input?.uploadFile(join(downloads, 'antwoorden.yaml'));
    await page.waitForSelector('main form fieldset legend');
    expect(await page.$eval('main [role="status"]', (note) => note.textContent)).toMatch(/^Het bestand is gelezen: \d+ antwoorden\./);
    // The questions left open were not in the file: they are asked again, and left open again.
    await playUntil((current) => current.kind === 'verdict');
    expect(await page.$eval('main pre.report', (pre) => pre.textContent ?? '')).toBe(shownReport);
  });

  it('claims an exception by keyboard, shows it in the review, and exports it as assess reads it', async () => {
    await tabTo(page, words.startOver);
    await page.keyboard.press('Enter');
    await tabTo(page, words.start);
    await page.keyboard.press('Enter');
    await playUntil((current) => current.kind === 'exceptions');
    const exception = catalogue.exceptions.find((candidate) => candidate.id === 'EX-GELIJKWAARDIG');
    // The second choice, after "Nee, geen uitzondering"; its fields follow it in the tab order.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.nextElementSibling?.textContent)).toBe(exception?.title.nl);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Een gelijkwaardige maatregel, ');
    // What is picked and typed but not yet sent survives a language switch, there and back.
    for (const language of ['English', 'Nederlands']) {
      await tabTo(page, language);
      await page.keyboard.press('Enter');
      await page.waitForSelector('main textarea[name="justification"]');
      expect(await page.$eval('main textarea[name="justification"]', (area) => (area as HTMLTextAreaElement).value)).toBe('Een gelijkwaardige maatregel, ');
      expect(await page.$eval('main textarea[name="justification"]', (area) => document.querySelector(`label[for="${area.id}"]`)?.textContent)).toBe(language === 'English' ? flowWords.en.justification : nl.justification);
    }
    await expectAccessible('exception step after a language switch');
    await page.focus('main textarea[name="justification"]');
    await page.keyboard.press('End');
    await page.keyboard.type('beoordeeld door de commissie.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CCM-2026-0042');
    // Then the structured proof this exception asks for, as the terminal asks it: the alternative, its risk, who vouches for it.
    expect(await page.$eval('main fieldset.proof legend', (legend) => legend.textContent)).toBe(words.proofFields);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Extra slot met cilinder SKG***');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CCM-2026-0042-V');
    await expectAccessible('exception step with its proof');
    await page.keyboard.press('Enter');
    const review = await playUntil((current) => current.kind === 'review');
    expect(review.kind).toBe('review');
    expect(await page.$eval('main', (main) => main.textContent)).toContain(`Uitzondering "${exception?.title.nl}"`);
    // Back from the review (through the refusal step when it is offered): the step is asked anew, the claim's words kept.
    for (let step = 0; (await screen()).kind !== 'exceptions'; step++) {
      expect(step).toBeLessThan(3);
      const heading = await page.$eval('main h1', (h1) => h1.textContent ?? '');
      await tabTo(page, words.back);
      await page.keyboard.press('Enter');
      await page.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before, {}, heading);
    }
    const labels = await page.$$eval('main form .choice label', (list) => list.map((label) => label.textContent));
    expect(labels).toContain(`${exception?.title.nl} ${nl.exceptionEarlier}`);
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('main textarea[name="justification"]', (area) => (area as HTMLTextAreaElement).value)).toBe('Een gelijkwaardige maatregel, beoordeeld door de commissie.');
    expect(await page.$eval('main input[name="reference"]', (input) => (input as HTMLInputElement).value)).toBe('CCM-2026-0042');
    expect(await page.$eval('main input[name="proof.measure"]', (input) => (input as HTMLInputElement).value)).toBe('Extra slot met cilinder SKG***');
    expect(await page.$eval('main input[name="proof.reference"]', (input) => (input as HTMLInputElement).value)).toBe('CCM-2026-0042-V');
    await expectAccessible('exception step asked anew');
    await page.keyboard.press('Enter');
    await playUntil((current) => current.kind === 'review');
    expect(await page.$eval('main', (main) => main.textContent)).toContain(`Uitzondering "${exception?.title.nl}"`);
    await playUntil((current) => current.kind === 'verdict');
    const report = await page.$eval('main pre.report', (pre) => pre.textContent ?? '');
    rmSync(join(downloads, 'antwoorden.yaml'));
    const file = await exportAnswers();
    expect(readFileSync(file, 'utf8')).toContain('exception: EX-GELIJKWAARDIG');
    expect(readFileSync(file, 'utf8')).toContain('measure: Extra slot met cilinder SKG***');
    const io = captureIo({ now: new Date() });
    expect(await runMain(['assess', file], io)).toBe(0);
    expect(io.out).toBe(report);
    expect(report).not.toBe(shownReport);
  });

  it('enters a CCV/BVA advice by keyboard, accessible in both languages, and exports it as assess reads it', async () => {
    const advice = flowWords.nl.advice;
    await tabTo(page, words.startOver);
    await page.keyboard.press('Enter');
    await tabTo(page, words.start);
    await page.keyboard.press('Enter');
    await playUntil((current) => current.kind === 'advice');
    expect(await page.$eval('main form.advice fieldset legend', (legend) => legend.textContent)).toBe(advice.question);
    // "Ja": the reference, the date and the measures appear.
    await page.keyboard.press('Space');
    expect(await page.$eval('main input[name="reference"]', (input) => (input as HTMLElement).offsetParent !== null)).toBe(true);
    await typeAdvice('2999-01-01');
    // Refused by the machine, with the answers file's own message; the step stays.
    await page.waitForFunction(() => /ligt na de datum van de antwoorden/.test(document.querySelector('main [role="alert"]')?.textContent ?? ''));
    expect(await screen()).toEqual({ kind: 'advice' });
    await expectAccessible('advice, refused date');
    // What was typed stays: the reference is still there.
    expect(await page.$eval('main input[name="reference"]', (input) => (input as HTMLInputElement).value)).toBe('CCV-advies 2026-0917');
    await tabToSelector(page, 'input[name="date"]');
    await page.$eval('main input[name="date"]', (input) => ((input as HTMLInputElement).value = ''));
    await page.keyboard.type('2026-11-12');
    // The levels and basics behind their own choice: shown, looked at, left empty.
    await tabToSelector(page, 'input[name="more"]');
    await page.keyboard.press('Space');
    await expectAccessible('advice, all parts open');
    await tabTo(page, 'English');
    await page.keyboard.press('Enter');
    expect(await page.$eval('main form.advice fieldset legend', (legend) => legend.textContent)).toBe(flowWords.en.advice.question);
    await expectAccessible('advice in English');
    await page.keyboard.press('Enter');
    expect(await page.$eval('main form.advice fieldset legend', (legend) => legend.textContent)).toBe(advice.question);
    // A language switch draws the step anew: what was typed and not yet sent is still there.
    expect(await page.$eval('main input[name="reference"]', (input) => (input as HTMLInputElement).value)).toBe('CCV-advies 2026-0917');
    expect(await page.$eval('main input[name="date"]', (input) => (input as HTMLInputElement).value)).toBe('2026-11-12');
    expect(await page.$$eval('main input[name="measures"]:checked', (inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['WON-16', 'WON-18']);
    expect(await page.$eval('main input[name="more"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
    await tabToSelector(page, 'input[name="date"]');
    await page.keyboard.press('Enter');
    const review = await playUntil((current) => current.kind === 'review');
    expect(review.kind).toBe('review');
    const main = await page.$eval('main', (element) => element.textContent ?? '');
    expect(main).toContain(advice.reviewGiven('CCV-advies 2026-0917', '2026-11-12'));
    expect(main).toContain(advice.reviewMeasures(['Vuurwerkbestendige brievenbus of buitenbrievenbus', 'Versterkte ruiten']));
    await playUntil((current) => current.kind === 'verdict');
    const report = await page.$eval('main pre.report', (pre) => pre.textContent ?? '');
    // The funding decision is about the advised measures only.
    const funding = report.split('>>')[0] ?? '';
    expect(funding).toMatch(/WAT UW WERKGEVER NU KAN BEKOSTIGEN\n {2}\[v\] Vuurwerkbestendige brievenbus[\s\S]*\[v\] Versterkte ruiten/);
    expect(funding.match(/\[[v ]\]/g)).toHaveLength(2);
    rmSync(join(downloads, 'antwoorden.yaml'));
    const file = await exportAnswers();
    expect((parse(readFileSync(file, 'utf8')) as { advice: unknown }).advice).toEqual({ reference: 'CCV-advies 2026-0917', date: '2026-11-12', measures: ['WON-16', 'WON-18'] });
    const io = captureIo({ now: new Date() });
    expect(await runMain(['assess', file], io)).toBe(0);
    expect(io.out).toBe(report);
  });

  it('refuses case 18’s two visibility basics by keyboard, saying first what that keeps blocked, and exports them as assess reads them', async () => {
    const case18 = join(fixturesDir, 'cases', '18-burgemeester-publiek-account');
    const written = parse(readFileSync(join(case18, 'answers.yaml'), 'utf8')) as { answers: Record<string, unknown>; refusals: { requirement: string; reason: string }[] };
    const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title.nl ?? id;
    const reason = (id: string) => written.refusals.find((r) => r.requirement === id)?.reason ?? '';
    const alert = () => page.$eval('main [role="alert"]', (element) => element.textContent ?? '');
    await tabTo(page, words.startOver);
    await page.keyboard.press('Enter');
    await tabTo(page, words.start);
    await page.keyboard.press('Enter');
    await playUntil((current) => current.kind === 'refusals', async () => undefined, written.answers);
    const shown = await page.$eval('main', (main) => main.textContent ?? '');
    // Before the choice: both basics, what each keeps blocked, and whose choice and risk it is.
    expect(shown).toContain(nl.refusals.intro(2, false));
    for (const id of ['INF-05', 'INF-14']) expect(shown).toContain(title(id));
    expect(shown).toContain(nl.refusals.blocks(['Advies en training digitale veiligheid', 'Hulp bij KVK-afscherming', title('WRK-17')]));
    expect(shown).toContain(nl.refusals.consequence);
    await expectAccessible('refusal step');
    // "Nee" has the focus; the next choice is the first basic, and its reason field follows.
    await page.keyboard.press('ArrowDown');
    await tabToSelector(page, 'textarea[name="reason"]');
    expect(await page.evaluate(() => document.querySelector(`label[for="${document.activeElement?.id ?? ''}"]`)?.textContent)).toBe(nl.refusals.reason(title('INF-05')));
    // Only spaces: the machine's rule says so while typing, without quoting the reason.
    await page.keyboard.type('  ');
    await page.waitForFunction(() => /schrijf kort waarom u hiervan afziet/.test(document.querySelector('main [role="alert"]')?.textContent ?? ''));
    await expectAccessible('refusal step, empty reason');
    await page.keyboard.type(reason('INF-05'));
    expect(await alert()).toBe('');
    await tabTo(page, words.next);
    await page.keyboard.press('Enter');
    // The second round offers the other basic; its reason survives a language switch.
    await page.waitForFunction((legend) => document.querySelector('main form.refusals legend')?.textContent === legend, {}, nl.refusals.question(true));
    await page.keyboard.press('ArrowDown');
    await tabToSelector(page, 'textarea[name="reason"]');
    const [start, rest] = [reason('INF-14').slice(0, 20), reason('INF-14').slice(20)];
    await page.keyboard.type(start);
    await tabTo(page, 'English');
    await page.keyboard.press('Enter');
    expect(await page.$eval('main form.refusals legend', (legend) => legend.textContent)).toBe(flowWords.en.refusals.question(true));
    await expectAccessible('refusal step in English');
    await page.keyboard.press('Enter');
    expect(await page.$eval('main textarea[name="reason"]', (area) => (area as HTMLTextAreaElement).value)).toBe(start);
    await page.focus('main textarea[name="reason"]');
    await page.keyboard.press('End');
    await page.keyboard.type(rest);
    await tabTo(page, words.next);
    await page.keyboard.press('Enter');
    await playUntil((current) => current.kind === 'review', async () => undefined, written.answers);
    const review = await page.$eval('main dl.review', (list) => list.textContent ?? '');
    for (const id of ['INF-05', 'INF-14']) expect(review).toContain(nl.reviewRefusal(title(id), reason(id)));
    await expectAccessible('review with refusals');
    // Asked anew from the review: each basic says it was refused before, and its reason is filled in to keep.
    await tabToSelector(page, `button[aria-label="${words.editRefusals}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main form.refusals');
    const labels = await page.$$eval('main form.refusals .choice label', (list) => list.map((label) => label.textContent));
    expect(labels).toEqual([nl.refusals.none(false), `${title('INF-05')} ${nl.refusals.earlier}`, `${title('INF-14')} ${nl.refusals.earlier}`]);
    for (const [round, id] of ['INF-05', 'INF-14'].entries()) {
      await page.waitForFunction((legend) => document.querySelector('main form.refusals legend')?.textContent === legend, {}, nl.refusals.question(round > 0));
      await page.keyboard.press('ArrowDown');
      expect(await page.$eval('main textarea[name="reason"]', (area) => (area as HTMLTextAreaElement).value)).toBe(reason(id));
      if (round === 0) await expectAccessible('refusal step asked anew');
      await tabTo(page, words.next);
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('main dl.review');
    const again = await page.$eval('main dl.review', (list) => list.textContent ?? '');
    for (const id of ['INF-05', 'INF-14']) expect(again).toContain(nl.reviewRefusal(title(id), reason(id)));
    await playUntil((current) => current.kind === 'verdict', async () => undefined, written.answers);
    const report = await page.$eval('main pre.report', (pre) => pre.textContent ?? '');
    expect(report).toContain('BASIS OP ORDE');
    rmSync(join(downloads, 'antwoorden.yaml'));
    const file = await exportAnswers();
    expect((parse(readFileSync(file, 'utf8')) as { refusals: unknown }).refusals).toEqual(written.refusals);
    const io = captureIo({ now: new Date() });
    expect(await runMain(['assess', file], io)).toBe(0);
    expect(io.out).toBe(report);
  });

  it('opens a kept check whose refusal reason breaks the rule: says so above the step, without the reason, and asks only that basic again', async () => {
    const case18 = readAnswers(join(fixturesDir, 'cases', '18-burgemeester-publiek-account', 'answers.yaml'), catalogue);
    const reasonOf = (id: string) => case18.refusals.find((r) => r.requirement === id)?.reason ?? '';
    const { kind, date, subject } = case18;
    // Kept by an older page, or a damaged store: INF-14's reason is only spaces. Encrypted as the page does.
    const flow: FlowAnswers = { meta: { kind, date, subject }, values: case18.answers, decisions: {}, skipped: [], adviceAnswered: true, refusals: { 'INF-05': { kind: 'refused', reason: reasonOf('INF-05') }, 'INF-14': { kind: 'refused', reason: '   ' } } };
    const { kept, storage } = memoryStorage();
    await saveCheck(storage, await newDeviceKey(PASSPHRASE), { catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version }, flow });
    await page.evaluate((key, value) => localStorage.setItem(key, value), STORE_KEY, kept.get(STORE_KEY) ?? '');
    await page.reload();
    await tabToSelector(page, 'input[type="password"]');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main form.refusals');
    const notice = await page.$eval('main [role="status"]', (note) => note.textContent ?? '');
    expect(notice).toBe(`${words.storeDropped} de bewaarde reden om gemotiveerd af te zien van eis INF-14 is leeg; of u ervan afziet wordt opnieuw gevraagd, de rest van de bewaarde zelfcheck blijft staan`);
    // INF-05 stays refused: the step asks a further refusal, of INF-14 alone.
    const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title.nl ?? id;
    expect(await page.$eval('main form.refusals legend', (legend) => legend.textContent)).toBe(nl.refusals.question(true));
    expect(await page.$$eval('main form.refusals .choice label', (list) => list.map((label) => label.textContent))).toEqual([nl.refusals.none(true), title('INF-14')]);
    await expectAccessible('kept check with a reason dropped');
    await page.evaluate(() => localStorage.clear());
  });

  it('opens a kept check whose advice no longer fits the catalogue: says the catalogue was updated, which part no longer fits and why, never the reference, and asks the advice step again', async () => {
    const actor = startActor();
    while (actor.getSnapshot().context.position.kind === 'question') actor.send(policyEvent(actor, wethouderTerracedHouse));
    actor.send({ type: 'ADVICE', advice: { reference: 'CCV-2026-4711', date: '2026-10-03', measures: ['WON-16', 'WON-18'] } });
    const flow = actor.getSnapshot().context.flow;
    const advice = flow.meta.advice;
    if (advice === undefined) throw new Error('no advice recorded');
    // Kept against another catalogue, in which WON-01 was a measure an advice could name; in this one it is an owner basic.
    const kept = { ...flow, meta: { ...flow.meta, advice: { ...advice, measures: ['WON-16', 'WON-01'] } } };
    const { version } = catalogue.metadata;
    const why = 'het bewaarde beveiligingsadvies wordt opnieuw gevraagd: het noemt WON-01 als geadviseerde maatregel, maar dat is in deze catalogus geen maatregel van de werkgever meer';
    const whyEn = renderProblemMessage({ code: 'flow-state-advice-dropped', severity: 'warning', params: { part: 'measure', item: 'WON-01' } }, 'en');
    for (const [stored, head, lang] of [
      [{ version: '0.1.0' }, `De catalogus is bijgewerkt (versie 0.1.0 → ${version}).`, 'nl'],
      [{ version, hash: 'een-andere-hash' }, `De catalogus is bijgewerkt zonder nieuw versienummer (nog steeds versie ${version}, maar de inhoud is gewijzigd).`, 'nl'],
      [{ version: '0.1.0' }, `The catalogue was updated (version 0.1.0 → ${version}).`, 'en'],
    ] as const) {
      const { kept: store, storage } = memoryStorage();
      await saveCheck(storage, await newDeviceKey(PASSPHRASE), { catalogue: { id: catalogue.metadata.id, ...stored }, flow: kept });
      await page.evaluate((key, value) => localStorage.setItem(key, value), STORE_KEY, store.get(STORE_KEY) ?? '');
      await page.reload();
      if (lang === 'en') {
        await tabTo(page, 'English');
        await page.keyboard.press('Enter');
      }
      await tabToSelector(page, 'input[type="password"]');
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Enter');
      await page.waitForSelector('main form.advice');
      expect(await page.$eval('main [role="status"] p', (p) => p.textContent)).toBe(head);
      expect(await page.$$eval('main [role="status"] li', (list) => list.map((li) => li.textContent))).toEqual([lang === 'en' ? whyEn : why]);
      expect(whyEn).toBe('the saved security advice is asked again: it names WON-01 as an advised measure, but that is no longer an employer measure in this catalogue');
      const main = await page.$eval('main', (element) => element.textContent ?? '');
      expect(main).not.toContain('CCV-2026-4711');
      expect(main).not.toContain('2026-10-03');
      // Nothing of the advice is ticked or filled in: the step is asked as new.
      expect(await page.$$eval('main form.advice input[type="radio"]:checked', (list) => list.length)).toBe(0);
      expect(await page.$eval('main form.advice input[name="reference"]', (input) => (input as HTMLInputElement).value)).toBe('');
      await expectAccessible('kept check with its advice dropped');
    }
    await page.evaluate(() => localStorage.clear());
    // Back to Dutch for what follows.
    await tabTo(page, 'Nederlands');
    await page.keyboard.press('Enter');
  });

  // A store keeps what each answer meant, as a state file does: against a newer catalogue only the
  // answers whose question changed meaning are asked again, and those questions are named.
  it('opens a kept check whose question changed meaning in a newer catalogue: names that question, asks it again and keeps the rest', async () => {
    const actor = startActor();
    for (let i = 0; i < 4 && actor.getSnapshot().context.position.kind === 'question'; i++) actor.send(policyEvent(actor, wethouderTerracedHouse));
    const flow = actor.getSnapshot().context.flow;
    const answered = Object.keys(flow.values);
    const first = catalogue.questions.find((q) => answered.includes(q.id)) as Question;
    // Saved when the first answered question meant something else (its options, unit or kind): its definition differs.
    const definitions = { ...savedDefinitions(catalogue, flow), [`question:${first.id}`]: 'een-andere-betekenis' };
    const { version } = catalogue.metadata;
    for (const [stored, withDefinitions, head] of [
      [{ version: '0.1.0' }, true, `De catalogus is bijgewerkt (versie 0.1.0 → ${version}). Deze vragen zijn veranderd en worden opnieuw gesteld:`],
      // Kept by an older page, which saved no definitions: its answers are kept, as that page did.
      [{ version: '0.1.0' }, false, undefined],
      // The same catalogue: the definitions are its own, nothing is asked again.
      [{ version, hash: catalogue.hash }, true, undefined],
    ] as const) {
      const { kept: store, storage } = memoryStorage();
      await saveCheck(storage, await newDeviceKey(PASSPHRASE), { catalogue: { id: catalogue.metadata.id, ...stored }, flow, ...(withDefinitions ? { definitions } : {}) });
      await page.evaluate((key, value) => localStorage.setItem(key, value), STORE_KEY, store.get(STORE_KEY) ?? '');
      await page.reload();
      await tabToSelector(page, 'input[type="password"]');
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Enter');
      await page.waitForSelector('main form fieldset legend');
      const legend = await page.$eval('main form fieldset legend', (element) => element.textContent ?? '');
      if (head === undefined) {
        expect(await page.$$('main [role="status"]')).toHaveLength(0);
        expect(legend).not.toContain(first.text.nl);
      } else {
        expect(await page.$eval('main [role="status"] p', (p) => p.textContent)).toBe(head);
        expect(await page.$$eval('main [role="status"] li', (list) => list.map((li) => li.textContent))).toEqual([first.text.nl]);
        expect(legend).toContain(first.text.nl);
        await expectAccessible('kept check with a changed question');
      }
    }
    await page.evaluate(() => localStorage.clear());
  });

  it('made no request and broke no part of its Content-Security-Policy', async () => {
    expect(recorded.requests).toEqual([]);
    expect(await recorded.violations()).toEqual([]);
    expect(recorded.errors).toEqual([]);
  });

  it('would have recorded an attempt to send something (the recorder can fail)', async () => {
    await page.evaluate(() => fetch('https://example.org/answers', { method: 'POST', body: 'x' }).catch(() => undefined));
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    expect(await recorded.violations()).toEqual([{ blockedURI: 'https://example.org/answers', directive: 'connect-src' }]);
    await page.reload();
  });
});
