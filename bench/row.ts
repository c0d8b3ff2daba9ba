/** One line of the bench's closing table: what was measured, the result, the target and whether it is met. */
export interface BenchRow {
  measure: string;
  result: string;
  target: string;
  met: boolean;
}

export type Print = (line: string) => void;

/** A row for "at most `limit` times node start". */
export function ratioRow(measure: string, ratio: number, limit: number): BenchRow {
  return { measure, result: `${ratio.toFixed(2)}× node start`, target: `≤ ${limit.toFixed(1)}×`, met: ratio <= limit };
}

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = ['| measure | result | target | met |', '|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.result} | ${row.target} | ${row.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
