/**
 * The decisions register: every decided § of every published meeting, newest first, with the
 * body, the year and the groups whose reports the § handled, for the filters and the search.
 */
import { formatDate } from '@valmistelu/domain/localized-dates';
import { confidentialText } from '@valmistelu/domain/minutes-text';
import { pathSegments } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, mainPageLink, textLang } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';

export interface DecisionRow {
  date: string;
  meeting: Link;
  section: Link;
  decision: string;
  /** The decision's language where the meeting is untranslated on another language's page. */
  decisionLang: Link['lang'];
  body: string;
  year: string;
  /** Ids of the groups whose reports the § handled, space-separated for the filter. */
  groups: string;
  groupLinks: Link[];
}

export interface FilterOption {
  id: string;
  value: string;
  label: string;
  /** The label's language where it is an untranslated group's name on another language's page. */
  lang?: Link['lang'];
}

export interface DecisionFilter {
  /** The row attribute compared, `data-<key>`; ids of its radio buttons start with it too. */
  key: string;
  legend: string;
  options: FilterOption[];
}

const option = (key: string, value: string, label: string): FilterOption => ({
  id: `${key}-${value}`,
  value,
  label,
});

export function decisionRows(model: SiteModel): DecisionRow[] {
  const { language } = model;
  const meetings = [...model.meetings].sort((a, b) => b.date.localeCompare(a.date));
  return meetings.flatMap((meeting) =>
    meeting.agenda.flatMap((item): DecisionRow[] => {
      const lang = textLang(model, 'meetings', meeting.id);
      // The confidential notice is the page's own words when the meeting is translated, else its original's.
      const decision =
        item.decision ??
        (item.confidential ? confidentialText(item.confidential, lang ?? language) : undefined);
      if (!decision) return [];
      const groups = [...new Set(item.reports.flatMap((id) => model.report(id)?.group ?? []))].flatMap(
        (id) => {
          const group = model.group(id);
          return group ? [group] : [];
        },
      );
      const sectionLink = itemLink(model, 'meetings', meeting.id, `§ ${item.number} ${item.title}`, (urls) =>
        meeting.minutes ? urls.minutes(meeting.id) : urls.meeting(meeting.id),
      );
      const anchor = `${pathSegments[sectionLink.lang ?? language].agendaItem}-${item.number}`;
      const meetingLink = itemLink(model, 'meetings', meeting.id, meetingTitle(model, meeting), (urls) =>
        urls.meeting(meeting.id),
      );
      return [
        {
          date: formatDate(meeting.date, language),
          // The title is the page's words around the body's name: only the page linked may be in another language.
          meeting: meetingLink,
          section: { ...sectionLink, href: `${sectionLink.href}#${anchor}` },
          decision,
          decisionLang: lang,
          body: meeting.body,
          year: meeting.date.slice(0, 4),
          groups: groups.map((group) => group.id).join(' '),
          groupLinks: groups.map((group) =>
            mainPageLink(model, 'groups', group.id, group.name, (urls) => urls.group(group.id)),
          ),
        },
      ];
    }),
  );
}

export function decisionFilters(model: SiteModel, rows: readonly DecisionRow[]): DecisionFilter[] {
  const { legends } = texts[model.language].decisions;
  const used = (values: readonly string[]) => [...new Set(values)];
  const bodies = used(rows.map((row) => row.body));
  const years = used(rows.map((row) => row.year)).sort();
  const groups = used(rows.flatMap((row) => row.groups.split(' ').filter(Boolean)));
  return [
    {
      key: 'paatos-toimielin',
      legend: legends.body,
      options: bodies.map((id) => {
        const body = model.body(id);
        return option('paatos-toimielin', id, body?.shortName ?? body?.name ?? id);
      }),
    },
    {
      key: 'paatos-vuosi',
      legend: legends.year,
      options: years.map((year) => option('paatos-vuosi', year, year)),
    },
    {
      key: 'paatos-ryhma',
      legend: legends.group,
      options: groups.map((id) => ({
        ...option('paatos-ryhma', id, model.group(id)?.name ?? id),
        lang: textLang(model, 'groups', id),
      })),
    },
  ];
}

/**
 * Rules that hide the rows a checked option excludes, without JavaScript, as the report list
 * does; `~=` so that a row handling several groups matches each of them.
 */
export function decisionFilterCss(filters: readonly DecisionFilter[]): string {
  const selectors = filters.flatMap((filter) =>
    filter.options.map(
      (choice) =>
        `main:has(#${choice.id}:checked) tr[data-${filter.key}]:not([data-${filter.key}~="${choice.value}"])`,
    ),
  );
  return selectors.length ? `${selectors.join(',\n')} {\n  display: none;\n}\n` : '';
}
