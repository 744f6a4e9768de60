/** The Finnish words the charts draw, in one place. */
import { formatFinnishDate } from '@valmistelu/domain/dates';

export const legendLabels = {
  confirmed: 'Vahvistettu',
  estimate: 'Arvio',
  tentative: 'Epävarma (?)',
  milestone: 'Virstanpylväs',
} as const;

export const tentativeMark = '?';

export const quarterLabel = (quarter: number) => `Q${quarter}`;

export const asOfLabel = (isoDay: string) => `Tilanne ${formatFinnishDate(isoDay)}`;

/** Spoken flags in descriptions, e.g. `6/2018–9/2018 (arvio, epävarma)`. */
export const flagWords = { estimate: 'arvio', tentative: 'epävarma' } as const;

export const timelineDescription = (rowCount: number, span: string) => `Aikajana ${span}, ${rowCount} riviä.`;

export const orgChartDescription = (counts: { bodies: number; lines: number; groups: number }) =>
  `Organisaatiokaavio: ${counts.bodies} toimielintä, ${counts.lines} valmistelulinjaa, ${counts.groups} valmisteluryhmää.`;

export const orgChartTitle = 'Valmisteluorganisaatio';
