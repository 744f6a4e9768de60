/**
 * The words the HTML renderer writes itself (an action's facts, footnotes, a task's mark, a
 * table's name), per language: a translated body on another language's page reads in that
 * language throughout. The Finnish ones are what the site's report pages have always said; the
 * others follow the PDFs' wording (`documentWords`), so a report reads the same on paper.
 */

import { documentWords } from '@valmistelu/domain/document-words';
import { actionStateLabels } from '@valmistelu/domain/labels';
import { formatDate } from '@valmistelu/domain/localized-dates';
import type { Language } from '@valmistelu/domain/schema';

export interface HtmlWords {
  action: { owner: string; due: string; state: string };
  actionStates: Record<keyof typeof actionStateLabels, string>;
  date(day: string): string;
  footnotes: string;
  /** The link back from the n-th footnote (1-based), and from its repeated references. */
  footnoteBack(number: number, repeat: number): string;
  task: { done: string; open: string };
  table: string;
}

const backReference = (label: string) => (number: number, repeat: number) =>
  `${label} ${number}${repeat > 1 ? `-${repeat}` : ''}`;

const sv = documentWords.sv.report;

export const htmlWords: Record<Language, HtmlWords> = {
  fi: {
    action: { owner: 'Vastuu', due: 'Tavoite', state: 'Tila' },
    actionStates: actionStateLabels,
    date: (day) => formatDate(day, 'fi'),
    footnotes: 'Alaviitteet',
    footnoteBack: backReference('Takaisin viittaukseen'),
    task: { done: 'tehty', open: 'tekemättä' },
    table: 'Taulukko',
  },
  sv: {
    action: { owner: sv.action.owner, due: sv.action.due, state: sv.action.state },
    actionStates: sv.actionStates,
    date: (day) => formatDate(day, 'sv'),
    footnotes: sv.footnotes,
    footnoteBack: backReference('Tillbaka till hänvisning'),
    task: { done: 'klar', open: 'inte klar' },
    table: 'Tabell',
  },
};
