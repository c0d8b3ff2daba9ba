/**
 * Text laid out for a terminal of a given width. Inquirer breaks its lines at the exact width, in the
 * middle of a word; text that already fits is left alone, so every prompt and line is wrapped here first.
 */

/**
 * Wraps each line of `text` at spaces so that no line is wider than `width` columns; continuation
 * lines start with `indent`, and only a word longer than a whole line is broken. Leading spaces
 * (a line's own indentation) are kept.
 * @example
 * wrapText('Heeft u een achterdeur?', 12) // 'Heeft u een\nachterdeur?'
 */
export function wrapText(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, Math.max(width, indent.length + 10), indent))
    .join('\n');
}

function wrapLine(line: string, width: number, indent: string): string {
  if ([...line].length <= width) return line;
  const lead = /^ */.exec(line)?.[0] ?? '';
  const words = line.slice(lead.length).split(/ +/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = lead;
  let fresh = true;
  const room = () => width - [...current].length;
  for (const word of words) {
    const length = [...word].length;
    if (!fresh && length + 1 <= room()) {
      current += ' ' + word;
      continue;
    }
    if (!fresh) {
      lines.push(current);
      current = indent || lead;
    }
    // A word wider than a whole line (a long path) is the one thing broken inside.
    let rest = [...word];
    while (rest.length > room()) {
      const take = Math.max(room(), 1);
      lines.push(current + rest.slice(0, take).join(''));
      current = indent || lead;
      rest = rest.slice(take);
    }
    current += rest.join('');
    fresh = false;
  }
  lines.push(current);
  return lines.join('\n');
}
