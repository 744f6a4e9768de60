/**
 * Dates as each of the site's languages writes them, for pages and feeds in that language. Apart
 * from `dates.ts`, which the editor's bundle copies as it is.
 */
import { formatFinnishDate, type PartialDate } from './dates.ts';
import type { Language } from './schema.ts';

const swedishMonths = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Swedish display, as Swedish writing has it: `31 maj 2018` for days, `juni 2018` for months. */
export function formatSwedishDate(date: string | PartialDate): string {
  const value = typeof date === 'string' ? date : date.value;
  const [year, month, day] = value.split('-').map(Number);
  const name = swedishMonths[(month ?? 1) - 1];
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A date in the language of the page that shows it. */
export function formatDate(date: string | PartialDate, language: Language): string {
  return language === 'sv' ? formatSwedishDate(date) : formatFinnishDate(date);
}

/** A span in the language of the page that shows it: `1.10.2017–31.10.2018`, `1 maj 2018–30 juni 2018`. */
export function formatSpan(
  start: string | PartialDate,
  end: string | PartialDate,
  language: Language,
): string {
  const [from, to] = [formatDate(start, language), formatDate(end, language)];
  return from === to ? from : `${from}–${to}`;
}
