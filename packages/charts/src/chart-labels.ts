/** The words the charts draw, per language, in one place; the Finnish ones are the defaults. */

import { formatDate } from '@valmistelu/domain/localized-dates';
import type { Language } from '@valmistelu/domain/schema';

export interface ChartWords {
  legend: { confirmed: string; estimate: string; tentative: string; milestone: string };
  /** "Tilanne 15.3.2018" at the as-of line and in the legend. */
  asOf(isoDay: string): string;
  /** Spoken flags in descriptions, e.g. `6/2018–9/2018 (arvio, epävarma)`. */
  flags: { estimate: string; tentative: string };
  timelineDescription(rowCount: number, span: string): string;
  orgChartDescription(counts: { bodies: number; lines: number; groups: number }): string;
  orgChartTitle: string;
}

export const chartWords: Record<Language, ChartWords> = {
  fi: {
    legend: {
      confirmed: 'Vahvistettu',
      estimate: 'Arvio',
      tentative: 'Epävarma (?)',
      milestone: 'Virstanpylväs',
    },
    asOf: (isoDay) => `Tilanne ${formatDate(isoDay, 'fi')}`,
    flags: { estimate: 'arvio', tentative: 'epävarma' },
    timelineDescription: (rowCount, span) => `Aikajana ${span}, ${rowCount} riviä.`,
    orgChartDescription: (counts) =>
      `Organisaatiokaavio: ${counts.bodies} toimielintä, ${counts.lines} valmistelulinjaa, ${counts.groups} valmisteluryhmää.`,
    orgChartTitle: 'Valmisteluorganisaatio',
  },
  sv: {
    legend: {
      confirmed: 'Bekräftat',
      estimate: 'Uppskattning',
      tentative: 'Osäkert (?)',
      milestone: 'Milstolpe',
    },
    asOf: (isoDay) => `Läget ${formatDate(isoDay, 'sv')}`,
    flags: { estimate: 'uppskattning', tentative: 'osäkert' },
    timelineDescription: (rowCount, span) => `Tidslinje ${span}, ${rowCount} rader.`,
    orgChartDescription: (counts) =>
      `Organisationsschema: ${counts.bodies} organ, ${counts.lines} beredningslinjer, ${counts.groups} beredningsgrupper.`,
    orgChartTitle: 'Beredningsorganisationen',
  },
};

export const tentativeMark = '?';

export const quarterLabel = (quarter: number) => `Q${quarter}`;
