import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { renderCatalogueHtml } from '../../src/policy/catalogue-html.js';
import { renderCatalogueMarkdown } from '../../src/policy/catalogue-markdown.js';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';

const catalogue = loadCatalogue();
const withCondition = catalogue.requirements.find((r) => r.appliesWhen && 'answer' in r.appliesWhen && 'is' in r.appliesWhen && r.appliesWhen.is === true);
const scratch = mkdtempSync(join(tmpdir(), 'pkvw-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the catalogue as a Markdown document', () => {
  const nl = renderCatalogueMarkdown(catalogue, 'nl');

  it('has the introduction, the risk scale, the scenarios, the matrix and every requirement', () => {
    expect(nl).toContain(`# ${catalogue.metadata.title.nl} ${catalogue.metadata.version}`);
    for (const heading of ['## 1. Risicoschaal', "## 2. Dreigingsscenario's", '## 3. Welke eis bij welk scenario', '. Eisen: Wonen']) expect(nl).toContain(heading);
    for (const requirement of catalogue.requirements) expect(nl).toContain(`### ${requirement.id} `);
    for (const level of catalogue.levels) expect(nl).toContain(level.name.nl);
  });

  it('states a yes/no condition in words with the question text', () => {
    expect(withCondition).toBeDefined();
    const question = catalogue.questions.find((q) => withCondition?.appliesWhen && 'answer' in withCondition.appliesWhen && q.id === withCondition.appliesWhen.answer);
    expect(nl).toContain(`| **Alleen als** | “${question?.text.nl.replace(/([*_`[\]<>\\])/g, '\\$1')}”: ja |`);
  });

  it('is written in English when asked', () => {
    const en = renderCatalogueMarkdown(catalogue, 'en');
    expect(en).toContain('## 1. Risk scale');
    expect(en).toContain(catalogue.requirements[0]?.title.en.replace(/([*_`[\]<>\\])/g, '\\$1'));
    expect(en).not.toContain('Risicoschaal');
  });
});

describe('the catalogue as an HTML document', () => {
  const html = renderCatalogueHtml(catalogue, 'nl');

  it('is one self-contained file: inline style, no scripts, no external resources', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain('@media print');
  });

  it('gives every requirement a card the matrix links to', () => {
    for (const requirement of catalogue.requirements) {
      const anchor = `eis-${requirement.id.toLowerCase()}`;
      expect(html).toContain(`<article class="card" id="${anchor}">`);
      expect(html).toContain(`<a href="#${anchor}">${requirement.id}</a>`);
    }
  });

  it('escapes catalogue text, so a title cannot inject markup', () => {
    const hostile = structuredClone(catalogue);
    const first = hostile.requirements[0];
    if (!first) throw new Error('the bundled catalogue has requirements');
    first.title.nl = '<script>alert(1)</script> & "quotes"';
    const page = renderCatalogueHtml(hostile, 'nl');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(renderCatalogueMarkdown(hostile, 'nl')).toContain('\\<script\\>');
  });
});

describe('pkvw-light spec docs', () => {
  it('writes catalogus.<lang>.<format> into the out folder and prints its path', async () => {
    const io = captureIo({ cwd: scratch });
    expect(await runMain(['spec', 'docs', '--format', 'md', '--lang', 'en', '--out', 'uit'], io)).toBe(0);
    expect(io.out.trim()).toBe(join('uit', 'catalogus.en.md'));
    expect(readFileSync(join(scratch, 'uit', 'catalogus.en.md'), 'utf8')).toBe(renderCatalogueMarkdown(catalogue, 'en'));
  });

  it('refuses a catalogue folder that does not exist, with exit 2 and no stack trace', async () => {
    const io = captureIo({ cwd: scratch });
    expect(await runMain(['spec', 'docs', '--spec', 'bestaat-niet', '--out', 'uit'], io)).toBe(2);
    expect(io.err).toContain('bestaat-niet');
    expect(io.err).not.toMatch(/\n\s+at /);
  });
});
