#!/usr/bin/env node
// The installed `pkvw-light` executable: real process I/O around runMain.
import { runMain } from './main.js';
import { processIo } from './cli-io.js';

// A reader that stops early (`pkvw-light spec validate | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runMain(process.argv.slice(2), processIo());
