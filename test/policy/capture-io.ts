import { Readable } from 'node:stream';
import type { CliIo } from '../../cli/cli-io.js';

/** A CliIo that records what a command prints, working in `cwd`. */
export function captureIo(cwd: string = process.cwd()): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    cwd,
    env: {},
    stdin: Readable.from([]),
    interactive: false,
    now: () => new Date('2026-11-28T12:00:00Z'),
  };
  return io;
}
