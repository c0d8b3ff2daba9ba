/**
 * A date or moment given on the command line (`--at 2030-02-28`, `--at 2030-02-28T12:00:00Z`),
 * read strictly: JavaScript's Date would roll 2030-02-30 over to 2 March, so a typo would check
 * validity on another day than asked.
 */
const DATE_OR_MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The moment meant, or undefined when `text` is not a real calendar date (with an optional time and zone). A bare date is midnight UTC. */
export function parseDateOption(text: string): Date | undefined {
  const match = DATE_OR_MOMENT.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCFullYear() !== Number(year) || calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const moment = new Date(match[4] === undefined ? `${text}T00:00:00Z` : text);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
}
