/**
 * The ✔ a prompt draws when Enter is pressed tells the user their answer is kept. Inquirer draws
 * it before the prompt even returns the answer, so a kill in the few milliseconds before the save
 * lost an answer the screen had confirmed. The prompts draw a mark instead of the ✔ (the theme's
 * `prefix.done`); this gate holds everything from that mark on until `release()`, called once the
 * answer is on disk, and only then shows the ✔.
 */
import { Writable } from 'node:stream';
import { styleText } from 'node:util';

/** What the prompts draw in place of the ✔ (a private-use character, one column wide like the tick). */
export const CONFIRMATION_MARK = '\uE0A0';
const TICK = styleText('green', '✔');

export interface ConfirmationGate {
  /** `output` with the confirmation held back: give this to the prompt. */
  wrap(output: Writable & { columns?: number }): Writable;
  /** Shows what was held (the answer is saved, or nothing needs saving). */
  release(): void;
}

export function confirmationGate(): ConfirmationGate {
  let pending: (() => void) | undefined;
  return {
    wrap(output) {
      const held: string[] = [];
      let holding = false;
      let ended: (() => void) | undefined;
      const flush = () => {
        holding = false;
        for (const text of held.splice(0)) output.write(text.replaceAll(CONFIRMATION_MARK, TICK));
        if (ended) ended();
      };
      const gated = new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          const text = chunk.toString();
          if (!holding && text.includes(CONFIRMATION_MARK)) {
            holding = true;
            // A newer prompt's confirmation shows the older one first, in order.
            pending?.();
            pending = flush;
          }
          if (holding) held.push(text);
          else output.write(text);
          done();
        },
        final(done) {
          ended = () => {
            output.end();
            done();
          };
          if (!holding) ended();
        },
      });
      return Object.assign(gated, { columns: output.columns });
    },
    release() {
      const show = pending;
      pending = undefined;
      show?.();
    },
  };
}
