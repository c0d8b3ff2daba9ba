/**
 * Runs the built CLI in a real pseudo-terminal through util-linux `script`, so prompts, raw keys,
 * Ctrl-C and the exit code behave as they do for a person at a terminal. No native code needed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-paths.js';
import { requireTool } from '../support/system-tools.js';

/** Colour and cursor sequences: built from a string since a control character in a regex literal reads as a mistake. */
const ESC = String.fromCharCode(27);
const ANSI_ESCAPE = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]|${ESC}[()][A-Za-z0-9]|${ESC}[78=>]`, 'g');

/** The terminal size every test runs at. */
export const COLUMNS = 100;
export const ROWS = 40;

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', escape: '\u001b', ctrlC: '\u0003' } as const;

/** Single-quotes an argument for the shell `script -c` hands the command to. */
function shellQuote(argument: string): string {
  return `'${argument.replaceAll("'", `'\\''`)}'`;
}

export class PseudoTerminal {
  private output = '';
  private readonly child: ChildProcessWithoutNullStreams;
  /** How it ended, once it has: said when a wait fails, since an empty screen alone tells nothing. */
  private ending: string | undefined;
  readonly exited: Promise<number>;

  constructor(args: readonly string[], cwd: string) {
    // The pty starts at 80×24 whatever COLUMNS says; programs ask the pty, so it is sized first.
    const command = `stty cols ${COLUMNS} rows ${ROWS} && ${['node', join(packageRoot, 'dist', 'cli', 'bin.js'), ...args].map(shellQuote).join(' ')}`;
    this.child = spawn(requireTool('script'), ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, COLUMNS: String(COLUMNS), LINES: String(ROWS), TERM: 'xterm' } });
    this.child.stdout.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    // 'close', not 'exit': 'exit' can come before the last output is read, and a failing wait would then show too little.
    this.exited = new Promise((resolve) =>
      this.child.on('close', (code, signal) => {
        this.ending = signal ? `killed by ${signal}` : `exited with ${String(code)}`;
        resolve(code ?? (signal ? 128 : -1));
      }),
    );
  }

  /** Everything shown so far, without colours and cursor movements. */
  screen(from = 0): string {
    return this.output.slice(from).replace(ANSI_ESCAPE, '');
  }

  get mark(): number {
    return this.output.length;
  }

  press(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Waits until the text shown since `from` matches; fails with the screen so far after `timeout` ms. */
  async waitFor(pattern: RegExp | string, from = 0, timeout = 15_000): Promise<void> {
    const matches = () => (typeof pattern === 'string' ? this.screen(from).includes(pattern) : pattern.test(this.screen(from)));
    const started = Date.now();
    let done = false;
    void this.exited.then(() => (done = true));
    while (!matches()) {
      if (done || Date.now() - started > timeout) {
        const why = done ? `the terminal ${this.ending ?? 'ended'}` : `${timeout} ms passed`;
        throw new Error(`did not see ${String(pattern)} (${why}); screen:\n${this.screen(from).slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The pid of the CLI itself (a descendant of `script`), found through /proc. */
  cliPid(): number {
    const children = (pid: number): number[] => {
      try {
        return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    };
    const queue = this.child.pid === undefined ? [] : [this.child.pid];
    for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
      // `script` and the shell carry the command line as one argument; node has bin.js as its own.
      const [program, script] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (program?.endsWith('node') === true && script?.endsWith('bin.js') === true) return pid;
      queue.push(...children(pid));
    }
    throw new Error('the CLI process was not found');
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
