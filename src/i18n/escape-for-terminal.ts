/**
 * Text from a file or an argument, made safe to show in a terminal: control characters (C0, DEL,
 * C1, including ESC and newline) and bidirectional overrides are written as `\u{…}`, so an id
 * or path can never move the cursor, recolour the screen or forge a line of output.
 * @example escapeForTerminal('WON-01\u001b[2J') // 'WON-01\\u{1b}[2J'
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters to neutralise
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
