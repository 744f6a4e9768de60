/**
 * Calendar dates as the content writes them: ISO days (`2018-05-31`) or months (`2018-06`).
 * Kept as strings so that content, JSON and HTML all show the same value; helpers compare them.
 */

export type Precision = 'day' | 'month';

/** A date at day or month precision, normalised so consumers never parse again. */
export interface PartialDate {
  /** As written: `YYYY-MM-DD` or `YYYY-MM`. */
  value: string;
  precision: Precision;
  /** First day covered, `YYYY-MM-DD`. */
  first: string;
  /** Last day covered, `YYYY-MM-DD`. */
  last: string;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Returns why `value` is not a real calendar day, or undefined when it is one. */
export function dayProblem(value: string): string | undefined {
  const match = dayPattern.exec(value);
  if (!match) return `päivämäärän muoto on VVVV-KK-PP (esim. 2018-05-31), nyt "${value}"`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `kuukautta ${month} ei ole (päivämäärä "${value}")`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `päivää ${day}.${month}.${year} ei ole kalenterissa`;
  }
  return undefined;
}

/** Returns why `value` is not a real month or day, or undefined when it is one. */
export function partialDateProblem(value: string): string | undefined {
  if (dayPattern.test(value)) return dayProblem(value);
  const match = monthPattern.exec(value);
  if (!match) return `päivämäärän muoto on VVVV-KK-PP tai VVVV-KK (esim. 2018-06), nyt "${value}"`;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `kuukautta ${month} ei ole (päivämäärä "${value}")`;
  return undefined;
}

const momentPattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Returns why `value` is neither a day `YYYY-MM-DD` nor a day and a time `YYYY-MM-DDTHH:MM`
 * (Finnish local time), or undefined when it is one of them.
 */
export function momentProblem(value: string): string | undefined {
  const timed = momentPattern.exec(value);
  if (timed) return dayProblem(timed[1] ?? '');
  if (dayPattern.test(value)) return dayProblem(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value))
    return `kellonajan muoto on VVVV-KK-PPTHH:MM Suomen aikaa (esim. 2018-06-01T09:00), nyt "${value}"`;
  return `muoto on VVVV-KK-PP tai VVVV-KK-PPTHH:MM (esim. 2018-06-01 tai 2018-06-01T09:00), nyt "${value}"`;
}

/**
 * A valid day or moment as `YYYY-MM-DDTHH:MM`, so that moments compare as strings; a day is its
 * first minute.
 */
export function momentKey(value: string): string {
  return value.length === 10 ? `${value}T00:00` : value;
}

/** Normalises a valid `YYYY-MM` or `YYYY-MM-DD` string. Call only after `partialDateProblem`. */
export function toPartialDate(value: string): PartialDate {
  if (dayPattern.test(value)) return { value, precision: 'day', first: value, last: value };
  const [year, month] = value.split('-').map(Number) as [number, number];
  return {
    value,
    precision: 'month',
    first: `${value}-01`,
    last: `${value}-${pad(daysInMonth(year, month))}`,
  };
}

/** Whole months since year 0: the unit of every timeline. */
export function monthIndex(isoDay: string): number {
  const [year, month] = isoDay.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
}

export function monthFromIndex(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** Adds days to an ISO day, in UTC so that the result never depends on the machine's zone. */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDay: string, toIsoDay: string): number {
  return Math.round(
    (Date.parse(`${toIsoDay}T00:00:00Z`) - Date.parse(`${fromIsoDay}T00:00:00Z`)) / 86_400_000,
  );
}

/** Finnish display: `31.5.2018` for days, `6/2018` for months. */
export function formatFinnishDate(date: string | PartialDate): string {
  const value = typeof date === 'string' ? date : date.value;
  const [year, month, day] = value.split('-').map(Number);
  return day === undefined ? `${month}/${year}` : `${day}.${month}.${year}`;
}

/** Finnish display of a span: `1.10.2017–31.10.2018`, `6/2016–6/2017`. */
export function formatFinnishSpan(start: string | PartialDate, end: string | PartialDate): string {
  const [from, to] = [formatFinnishDate(start), formatFinnishDate(end)];
  return from === to ? from : `${from}–${to}`;
}
