import { Readable } from 'node:stream';
import type { CliIo } from '../../cli/cli-io.js';

export interface CapturedIo extends CliIo {
  out: string;
  err: string;
}

/** A CliIo that records what a command prints; by default not a terminal, in the current folder, at a fixed clock. */
export function captureIo(options: { cwd?: string; now?: Date; interactive?: boolean } = {}): CapturedIo {
  const now = options.now ?? new Date('2026-11-28T12:00:00Z');
  const io: CapturedIo = {
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    cwd: options.cwd ?? process.cwd(),
    env: {},
    stdin: Readable.from([]),
    interactive: options.interactive ?? false,
    now: () => now,
  };
  return io;
}
