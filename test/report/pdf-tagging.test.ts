import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { replayAnswers } from '../../src/flow/replay-answers.js';
import { fixturesDir } from '../../src/package-paths.js';
import { collectPdf, createPdf, heading, list, pageFooters, paragraph, table, title } from '../../src/report/pdf-layout.js';
import { renderReportPdf } from '../../src/report/report-pdf.js';
import { catalogue, clock, NOW } from '../flow/flow-test-kit.js';
import { requireTool } from '../support/system-tools.js';

/** One element of the structure tree: its type, its children in order, and the marked content it holds. */
interface TreeNode {
  type: string;
  children: TreeNode[];
  /** (page, MCID) of each piece of content, in the element's order. */
  content: { page: number; mcid: number }[];
}

type QpdfObjects = Record<string, { value?: unknown; stream?: { dict: unknown } }>;

/** The document catalogue and the structure tree of `pdf`, as `qpdf --json` dumps them. */
function structureOf(pdf: Uint8Array): { catalog: Record<string, unknown>; viewer: Record<string, unknown>; tree: TreeNode[]; pages: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-tagging-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const json = JSON.parse(execFileSync(requireTool('qpdf'), ['--json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
      qpdf: [unknown, QpdfObjects];
      pages: { object: string }[];
    };
    const objects = json.qpdf[1];
    const resolve = (ref: unknown): Record<string, unknown> | undefined => {
      if (typeof ref !== 'string') return typeof ref === 'object' && ref !== null ? (ref as Record<string, unknown>) : undefined;
      const entry = objects[`obj:${ref}`];
      const value = entry?.value ?? entry?.stream?.dict;
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    };
    const pages = json.pages.map((page) => page.object);
    const catalog = Object.values(objects)
      .map((entry) => entry.value)
      .find((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && (value as Record<string, unknown>)['/Type'] === '/Catalog');
    if (catalog === undefined) throw new Error('no document catalogue');
    const node = (ref: unknown): TreeNode | undefined => {
      const element = resolve(ref);
      if (element === undefined || typeof element['/S'] !== 'string') return undefined;
      const kids = Array.isArray(element['/K']) ? element['/K'] : element['/K'] === undefined ? [] : [element['/K']];
      const page = pages.indexOf(String(element['/Pg']));
      const result: TreeNode = { type: String(element['/S']).slice(1), children: [], content: [] };
      for (const kid of kids) {
        if (typeof kid === 'number') result.content.push({ page, mcid: kid });
        else if (typeof kid === 'object' && kid !== null && '/MCID' in kid) {
          const reference = kid as Record<string, unknown>;
          result.content.push({ page: pages.indexOf(String(reference['/Pg'])), mcid: Number(reference['/MCID']) });
        } else {
          const child = node(kid);
          if (child !== undefined) result.children.push(child);
        }
      }
      return result;
    };
    const root = resolve(catalog['/StructTreeRoot']);
    const top = Array.isArray(root?.['/K']) ? root['/K'] : [root?.['/K']];
    return { catalog, viewer: resolve(catalog['/ViewerPreferences']) ?? {}, tree: top.map(node).filter((n): n is TreeNode => n !== undefined), pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every element in reading order (depth first). */
function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The marked content of the whole tree in reading order. */
function contentOrder(nodes: readonly TreeNode[]): { page: number; mcid: number }[] {
  return flatten(nodes).flatMap((node) => node.content);
}

/** The uncompressed page content, to see what is marked as an artifact. */
function uncompressed(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-tagging-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync(requireTool('qpdf'), ['--qdf', '--object-streams=disable', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'), 'latin1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text-showing operators outside any marked content: text a screen reader never gets. */
function untaggedText(pdf: Uint8Array): number {
  let untagged = 0;
  for (const [, stream = ''] of uncompressed(pdf).matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let depth = 0;
    for (const [operator] of stream.matchAll(/\b(BDC|BMC|EMC|TJ|Tj)\b/g)) {
      if (operator === 'BDC' || operator === 'BMC') depth++;
      else if (operator === 'EMC') depth--;
      else if (depth === 0) untagged++;
    }
  }
  return untagged;
}

describe('the layout pieces tag what they draw', () => {
  it('puts title, heading, paragraph, list and table in the structure tree, in the order drawn, with footers as artifacts', async () => {
    const doc = createPdf({ title: 'Proef', subject: 'Proef', author: 'pkvw-light', lang: 'nl', creationDate: NOW });
    const bytes = collectPdf(doc);
    title(doc, 'Kan mijn werkgever betalen?', 'Catalogus 0.1.0');
    heading(doc, 'Wat u eerst doet');
    list(doc, ['Vervang het slot van de voordeur', 'Hang een rookmelder op'], { numbered: true });
    paragraph(doc, 'Daarna kan uw werkgever de maatregelen betalen.');
    table(doc, [{ header: 'Maatregel', width: 0.7 }, { header: 'Kosten', width: 0.3 }], [['Brievenbus', '€ 100'], ['Camera', '€ 400']]);
    pageFooters(doc, 'Proef', (page, pages) => `pagina ${page} van ${pages}`);
    doc.end();
    const pdf = await bytes;

    const { catalog, tree } = structureOf(pdf);
    expect(catalog['/Lang']).toBe('u:nl-NL');
    expect(structureOf(pdf).catalog['/MarkInfo']).toBeDefined();
    expect(tree.map((node) => node.type)).toEqual(['Document']);
    const [document] = tree;
    expect(document?.children.map((node) => node.type)).toEqual(['H1', 'P', 'H2', 'L', 'P', 'Table']);
    const listNode = document?.children[3];
    expect(listNode?.children.map((item) => item.children.map((part) => part.type))).toEqual([
      ['Lbl', 'LBody'],
      ['Lbl', 'LBody'],
    ]);
    const tableNode = document?.children[5];
    expect(tableNode?.children.map((row) => row.children.map((cell) => cell.type))).toEqual([
      ['TH', 'TH'],
      ['TD', 'TD'],
      ['TD', 'TD'],
    ]);
    // Reading order is drawing order: the content ids rise through the tree.
    const order = contentOrder(tree).map(({ mcid }) => mcid);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.length).toBeGreaterThan(10);
    expect(uncompressed(pdf)).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  });
});

describe('the report PDF', () => {
  it('is tagged with its language, its title shown, and a structure tree of headings, paragraphs and tables in reading order', async () => {
    const { verdict } = replayAnswers(catalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue), clock);
    const pdf = await renderReportPdf(verdict, catalogue, { lang: 'nl' });
    const { catalog, tree, pages, viewer } = structureOf(pdf);
    expect(catalog['/Lang']).toBe('u:nl-NL');
    expect(viewer['/DisplayDocTitle']).toBe(true);
    const info = execFileSync(requireTool('pdfinfo'), ['-'], { input: pdf, encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    const elements = flatten(tree);
    const count = (type: string) => elements.filter((node) => node.type === type).length;
    expect(tree[0]?.type).toBe('Document');
    expect(elements[1]?.type).toBe('H1');
    expect(count('H1')).toBe(1);
    expect(count('H2')).toBeGreaterThanOrEqual(4);
    expect(count('P')).toBeGreaterThanOrEqual(4);
    expect(count('Table')).toBeGreaterThanOrEqual(3);
    expect(count('TH')).toBeGreaterThan(0);
    expect(count('TD')).toBeGreaterThan(count('TH'));
    // Every page has tagged content, and the tree reads page by page, top to bottom.
    const order = contentOrder(tree);
    expect(new Set(order.map(({ page }) => page)).size).toBe(pages.length);
    const sorted = [...order].sort((a, b) => a.page - b.page || a.mcid - b.mcid);
    expect(order).toEqual(sorted);
    // All its text is in the tree or marked as an artifact: drawn with the layout pieces only.
    expect(untaggedText(pdf)).toBe(0);
    const english = structureOf(await renderReportPdf(verdict, catalogue, { lang: 'en' }));
    expect(english.catalog['/Lang']).toBe('u:en-GB');
  });
});
