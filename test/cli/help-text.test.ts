import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { helpTexts } from '../../cli/help-text.js';
import { captureIo } from '../support/capture-io.js';

async function help(path: readonly string[], lang: 'nl' | 'en'): Promise<string> {
  const io = captureIo();
  expect(await runMain([...path, '--help', ...(lang === 'en' ? ['--lang', 'en'] : [])], io)).toBe(0);
  return io.out;
}

/** The entries of one section (`Opties:`/`Options:` …) as [term, description], continuation lines joined. */
function entries(text: string, title: string): [string, string][] {
  const start = text.split('\n').findIndex((line) => line === title);
  if (start < 0) return [];
  const result: [string, string][] = [];
  for (const line of text.split('\n').slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    const match = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
    const last = result.at(-1);
    if (match?.[1] !== undefined && !/^ {3,}/.test(line)) result.push([match[1], match[2] ?? '']);
    else if (last !== undefined) last[1] += ' ' + line.trim();
  }
  return result;
}

/** Every command path, found as a user finds them: in the commands section of each help. */
async function commandPaths(): Promise<string[][]> {
  const paths: string[][] = [[]];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] ?? [];
    for (const [term] of entries(await help(path, 'en'), 'Commands:')) {
      const name = term.split(' ')[0] ?? '';
      if (name !== 'help') paths.push([...path, name]);
    }
  }
  return paths;
}

describe('the help of every command', () => {
  it('is Dutch by default and English with --lang en, for every command, option and argument', async () => {
    const paths = await commandPaths();
    expect(paths.map((path) => path.join(' '))).toEqual(expect.arrayContaining(['', 'check', 'spec validate', 'issuer create-test']));
    for (const path of paths) {
      const nl = await help(path, 'nl');
      const en = await help(path, 'en');
      expect(nl).toMatch(/^Gebruik: pkvw-light/);
      expect(en).toMatch(/^Usage: pkvw-light/);
      expect(nl).not.toMatch(/\(default:|choices:|\[options\]|display help/);
      for (const [nlTitle, enTitle] of [['Opties:', 'Options:'], ['Opdrachten:', 'Commands:'], ['Argumenten:', 'Arguments:']] as const) {
        const dutch = entries(nl, nlTitle);
        const english = entries(en, enTitle);
        expect(dutch.length).toBe(english.length);
        // A text missing from cli/help-text.ts shows as main.ts's declaration instead of one of these.
        for (const [lang, found] of [['nl', dutch], ['en', english]] as const) {
          const texts = helpTexts[lang];
          const known = [...Object.values(texts.commands), ...Object.values(texts.options), ...Object.values(texts.arguments), texts.help, texts.helpCommand];
          for (const [term, description] of found) {
            const translated = known.some((text) => description === text || description.startsWith(`${text} (`));
            expect({ command: path.join(' '), lang, term, inHelpText: translated }).toEqual({ command: path.join(' '), lang, term, inHelpText: true });
          }
        }
      }
    }
  });

  it('says the defaults and choices in Dutch, with Dutch placeholders', async () => {
    const nl = await help(['check'], 'nl');
    expect(nl).toContain('--state <bestand>');
    expect(nl).toContain('(standaard: .pkvw-light/zelfcheck.state.json)');
    expect(nl).toContain('keuze uit: nl, en; standaard: nl');
    const en = await help(['check'], 'en');
    expect(en).toContain('--state <file>');
    expect(en).toContain('(default: .pkvw-light/zelfcheck.state.json)');
  });

  it('lists the exit codes in one language: Dutch by default, English with --lang en', async () => {
    const nl = await help(['check'], 'nl');
    const en = await help(['check'], 'en');
    expect(nl).toContain('Afsluitcodes:\n  0    gelukt\n');
    expect(nl).not.toMatch(/exit codes|success|interrupted/i);
    expect(en).toContain('Exit codes:\n  0    success\n');
    expect(en).not.toMatch(/Afsluitcodes|gelukt|onderbroken/);
  });
});
