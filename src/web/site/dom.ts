/** Small DOM builders for the pages: text goes in as text (never as HTML), so nothing a user or a file gives can inject markup. */

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | undefined | false;

/** `el('button', { type: 'button' }, 'Volgende')`; `true` sets an empty attribute, `false`/undefined leaves it out. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter((child): child is Node | string => child !== undefined && child !== false));
  return element;
}

/** A unique id for label/field pairs within one page. */
let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
