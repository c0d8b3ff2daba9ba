/**
 * The report worker of the bundled command (src/report/report-pdf-ahead.ts starts it): an entry of
 * its own beside bin.ts, dist/cli/report-pdf-worker.js (scripts/bundle-cli.ts). It loads pdfkit and
 * parses the fonts as soon as it starts, while the main thread replays the answers and evaluates,
 * then renders the one report it is sent and posts back the bytes.
 */
import { parentPort } from 'node:worker_threads';
import { preparePdf } from '../src/report/pdf-layout.js';
import { renderReportPdf } from '../src/report/report-pdf.js';
import type { ReportJob, ReportReply } from '../src/report/report-pdf-ahead.js';

preparePdf();
parentPort?.once('message', (job: ReportJob) => {
  renderReportPdf(job.verdict, job.catalogue, job.options).then(
    (pdf) => parentPort?.postMessage({ pdf } satisfies ReportReply),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ReportReply),
  );
});
