#!/usr/bin/env node
// The installed `pkvw-light` executable: real process I/O around runMain.
import { processIo } from './cli-io.js';
import { startReportPdfEarly } from '../src/report/report-pdf-ahead.js';

const argv = process.argv.slice(2);
// A replay (`check --demo`, `check --answers FILE`) ends in the report PDF: its worker starts now,
// before commander and the command are even loaded (about 40 ms sooner on the other core). Only a
// guess from the raw words: commander still decides, and a worker not used does not keep us alive.
if (argv.includes('check') && argv.some((word) => word === '--demo' || word === '--answers' || word.startsWith('--answers='))) startReportPdfEarly();

// A reader that stops early (`pkvw-light spec validate | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { runMain } = await import('./main.js');
process.exitCode = await runMain(argv, processIo());
