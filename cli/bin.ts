#!/usr/bin/env node
// The installed `pkvw-light` executable: real process I/O around runMain.
import { runMain } from './main.js';
import { processIo } from './cli-io.js';

process.exitCode = await runMain(process.argv.slice(2), processIo());
