import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import { buildCatalogueDocument, type Block, type FactValue, type Inline } from './catalogue-document.js';

/**
 * The catalogue as one Markdown document (GitHub-flavoured: tables, explicit anchors).
 *
 * @example writeFileSync('catalogus.nl.md', renderCatalogueMarkdown(loadCatalogue(), 'nl'))
 */
export function renderCatalogueMarkdown(catalogue: Catalogue, lang: Language): string {
  const document = buildCatalogueDocument(catalogue, lang);
  return `${document.blocks.map(renderBlock).join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<a id="${block.anchor}"></a>\n\n${'#'.repeat(block.level)} ${escapeText(block.text)}`;
    case 'paragraph':
      return block.note ? `> ${renderInlines(block.content)}` : renderInlines(block.content);
    case 'list':
      return block.items.map((item, i) => `- ${block.anchors?.[i] ? `<a id="${block.anchors[i]}"></a>` : ''}${renderInlines(item)}`).join('\n');
    case 'facts':
      return ['| | |', '|---|---|', ...block.rows.map((row) => `| **${cell(row.label)}** | ${factCell(row.value)} |`)].join('\n');
    case 'table':
      return [
        `| ${block.head.map(cell).join(' | ')} |`,
        `|${block.head.map(() => '---').join('|')}|`,
        ...block.rows.map((row) => `| ${row.map((c) => cellOf(renderInlines(c))).join(' | ')} |`),
      ].join('\n');
    case 'group':
      return block.blocks.map(renderBlock).join('\n\n');
  }
}

function factCell(value: FactValue): string {
  if ('inline' in value) return cellOf(renderInlines(value.inline));
  // A table cell cannot hold a list: items become lines.
  const items = value.items.map((item) => `• ${cellOf(renderInlines(item))}`);
  return [...(value.intro ? [escapeText(value.intro)] : []), ...items].join('<br>');
}

function renderInlines(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (typeof inline === 'string') return escapeText(inline);
      if ('href' in inline) return `[${escapeText(inline.text)}](${inline.href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
      return `**${escapeText(inline.text)}**`;
    })
    .join('');
}

function cell(text: string): string {
  return cellOf(escapeText(text));
}

/** Table cells are one line and may not contain a bare pipe. */
function cellOf(markdown: string): string {
  return markdown.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Catalogue text is text, not markup: neutralise what Markdown or an HTML-aware viewer would interpret. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}
