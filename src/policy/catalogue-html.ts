import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import { buildCatalogueDocument, type Block, type FactValue, type Inline } from './catalogue-document.js';

/**
 * The catalogue as one self-contained HTML file: inline CSS, no scripts, no external fonts or
 * images, so it opens offline and prints with a page break before every chapter.
 *
 * @example writeFileSync('catalogus.nl.html', renderCatalogueHtml(loadCatalogue(), 'nl'))
 */
export function renderCatalogueHtml(catalogue: Catalogue, lang: Language): string {
  const document = buildCatalogueDocument(catalogue, lang);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...document.blocks.map(renderBlock),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} id="${escapeHtml(block.anchor)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.note ? ' class="note"' : ''}>${renderInlines(block.content)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item, i) => `<li${block.anchors?.[i] ? ` id="${escapeHtml(block.anchors[i])}"` : ''}>${renderInlines(item)}</li>`).join('')}</ul>`;
    case 'facts':
      return `<dl class="facts">${block.rows.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${renderFact(row.value)}</dd>`).join('')}</dl>`;
    case 'table':
      return [
        `<div class="table-wrap"><table class="${escapeHtml(block.className)}">`,
        `<thead><tr>${block.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${renderInlines(cell)}</th>` : `<td>${renderInlines(cell)}</td>`)).join('')}</tr>`).join('\n')}</tbody>`,
        '</table></div>',
      ].join('\n');
    case 'group': {
      // The chapter heading is the group's own anchor; a card carries it on the article.
      const tag = block.className === 'card' ? 'article' : 'section';
      const inner = block.blocks.map((b) => (b.kind === 'heading' && b.anchor === block.anchor ? renderHeadingWithoutId(b) : renderBlock(b))).join('\n');
      return `<${tag} class="${block.className}" id="${escapeHtml(block.anchor)}">\n${inner}\n</${tag}>`;
    }
  }
}

function renderHeadingWithoutId(block: Extract<Block, { kind: 'heading' }>): string {
  return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
}

function renderFact(value: FactValue): string {
  if ('inline' in value) return renderInlines(value.inline);
  return `${value.intro ? `<span class="intro">${escapeHtml(value.intro)}</span>` : ''}<ul>${value.items.map((item) => `<li>${renderInlines(item)}</li>`).join('')}</ul>`;
}

function renderInlines(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (typeof inline === 'string') return escapeHtml(inline);
      if ('href' in inline) return `<a href="${escapeHtml(safeHref(inline.href))}">${escapeHtml(inline.text)}</a>`;
      return `<strong>${escapeHtml(inline.text)}</strong>`;
    })
    .join('');
}

/** Only in-page anchors and web links become links; anything else (e.g. `javascript:`) is neutralised. */
function safeHref(href: string): string {
  return /^(#|https?:\/\/)/.test(href) ? href : '#';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE = `
:root { --ink: #1d2330; --muted: #5b6474; --line: #d6dbe3; --accent: #154273; --soft: #eef2f7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; color: var(--accent); margin: 0 0 1rem; }
h2 { font-size: 1.5rem; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .25rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
p { margin: .5rem 0; }
a { color: var(--accent); }
p.note { color: var(--muted); font-size: .9rem; border-left: 3px solid var(--line); padding-left: .75rem; }
ul { margin: .25rem 0; padding-left: 1.25rem; }
dl.facts { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .35rem 1rem; margin: .75rem 0; }
dl.facts + dl.facts { border-top: 1px solid var(--line); padding-top: .6rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.facts dd ul { padding-left: 1.1rem; }
dl.facts .intro { display: block; }
.table-wrap { overflow-x: auto; margin: .75rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
tbody th { font-weight: normal; }
table.matrix { font-size: .85rem; }
table.matrix thead th { text-align: center; white-space: nowrap; padding: .35rem .15rem; font-size: .75rem; }
table.matrix thead th:first-child { text-align: left; }
table.matrix tbody th { min-width: 10rem; }
table.matrix td { text-align: center; font-weight: 700; color: var(--accent); padding: .35rem .2rem; }
table.matrix td:empty { background: #fafbfc; }
table.matrix tbody tr:nth-child(even) { background: #f9fafc; }
article.card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: .25rem 1.25rem .75rem; margin: 1.25rem 0; break-inside: avoid; }
article.card h3 { color: var(--accent); }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  section.chapter + section.chapter { break-before: page; }
  h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, dl.facts { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  article.card { border-left-width: 2px; }
}
`;
