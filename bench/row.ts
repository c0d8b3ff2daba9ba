/** One line of the bench's closing table: what was measured, the result, the target and whether it is met. */
export interface BenchRow {
  measure: string;
  result: string;
  target: string;
  met: boolean;
}

export type Print = (line: string) => void;

/**
 * A row for "at most `limit` times node start", judged on wall time as the issue sets it. The CPU
 * ratio beside it (when measured) shows how much of a miss is the machine's load rather than ours.
 */
export function ratioRow(measure: string, timing: { ratio: number; cpuMedianMs?: number; baselineCpuMedianMs?: number }, limit: number): BenchRow {
  const cpu = timing.cpuMedianMs !== undefined && timing.baselineCpuMedianMs !== undefined ? ` (CPU ${(timing.cpuMedianMs / timing.baselineCpuMedianMs).toFixed(2)}×)` : '';
  return { measure, result: `${timing.ratio.toFixed(2)}× node start${cpu}`, target: `≤ ${limit.toFixed(1)}×`, met: timing.ratio <= limit };
}

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = ['| measure | result | target | met |', '|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.result} | ${row.target} | ${row.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
