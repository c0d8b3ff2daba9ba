/**
 * The report PDF, prepared ahead: in the bundled CLI a worker thread loads pdfkit and parses the
 * fonts (about 200 ms) on the second core while this thread loads the catalogue, replays the
 * answers and evaluates; `check --demo` waited for that in series. The worker renders the verdict it
 * is sent with the same `renderReportPdf`, so the bytes are the same. Run from the sources (tests,
 * tsx) there is no worker file: the report is rendered in this thread, pdfkit loaded on first use.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { packageRoot } from '../package-paths.js';
import type { RenderOptions } from './report-pdf.js';

/** Set to true by scripts/bundle-cli.ts, which also builds the worker, cli/report-pdf-worker.ts, as dist/cli/report-pdf-worker.js. */
declare const PKVW_CLI_BUNDLE: boolean | undefined;

/** What the worker renders: everything it needs is copied to it (a signature placeholder writer could not be). */
export interface ReportJob {
  verdict: Verdict;
  catalogue: Catalogue;
  options: Pick<RenderOptions, 'lang'>;
}

export type ReportReply = { pdf: Uint8Array } | { error: string };

export interface ReportPdfAhead {
  /** Renders one report; call once. */
  render(verdict: Verdict, catalogue: Catalogue, options: Pick<RenderOptions, 'lang'>): Promise<Buffer>;
}

/** The worker `startReportPdfEarly` started, until `prepareReportPdf` takes it. */
let early: ReportPdfAhead | undefined;

/**
 * Starts the report worker now, for the next `prepareReportPdf` to take: cli/bin.ts calls this
 * before it loads the command at all when the arguments look like a replay.
 */
export function startReportPdfEarly(): void {
  early ??= prepareReportPdf();
}

export function prepareReportPdf(): ReportPdfAhead {
  if (early !== undefined) {
    const started = early;
    early = undefined;
    return started;
  }
  if (typeof PKVW_CLI_BUNDLE === 'undefined' || !PKVW_CLI_BUNDLE) {
    return { render: async (verdict, catalogue, options) => (await import('./report-pdf.js')).renderReportPdf(verdict, catalogue, options) };
  }
  const worker = new Worker(join(packageRoot, 'dist', 'cli', 'report-pdf-worker.js'));
  // Until a report is asked for, the worker does not keep the process alive: a refused answers file still ends it at once.
  worker.unref();
  return {
    render: (verdict, catalogue, options) =>
      new Promise<Buffer>((resolve, reject) => {
        worker.ref();
        const done = () => void worker.terminate();
        worker.once('message', (reply: ReportReply) => {
          done();
          if ('pdf' in reply) resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
          else reject(new Error(`report worker: ${reply.error}`));
        });
        worker.once('error', (error) => {
          done();
          reject(error);
        });
        worker.once('exit', (code) => reject(new Error(`report worker stopped (exit ${code}) before the report was rendered`)));
        worker.postMessage({ verdict, catalogue, options } satisfies ReportJob);
      }),
  };
}
