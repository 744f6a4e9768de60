/**
 * The decisions register: every decided § of every published meeting, newest first, with the
 * body, the year and the groups whose reports the § handled, for the filters and the search.
 */
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { confidentialText } from '@valmistelu/domain/minutes-text';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import type { Link } from './links.ts';
import { meetingTitle } from './meeting-cards.ts';

export interface DecisionRow {
  date: string;
  meeting: Link;
  section: Link;
  decision: string;
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
  const meetings = [...model.meetings].sort((a, b) => b.date.localeCompare(a.date));
  return meetings.flatMap((meeting) =>
    meeting.agenda.flatMap((item): DecisionRow[] => {
      const decision = item.decision ?? (item.confidential ? confidentialText(item.confidential) : undefined);
      if (!decision) return [];
      const groups = [...new Set(item.reports.flatMap((id) => model.report(id)?.group ?? []))].flatMap(
        (id) => {
          const group = model.group(id);
          return group ? [group] : [];
        },
      );
      const section = meeting.minutes ? urls.minutes(meeting.id) : urls.meeting(meeting.id);
      return [
        {
          date: formatFinnishDate(meeting.date),
          meeting: { href: urls.meeting(meeting.id), text: meetingTitle(model, meeting) },
          section: { href: `${section}#pykala-${item.number}`, text: `§ ${item.number} ${item.title}` },
          decision,
          body: meeting.body,
          year: meeting.date.slice(0, 4),
          groups: groups.map((group) => group.id).join(' '),
          groupLinks: groups.map((group) => ({ href: urls.group(group.id), text: group.name })),
        },
      ];
    }),
  );
}

export function decisionFilters(model: SiteModel, rows: readonly DecisionRow[]): DecisionFilter[] {
  const used = (values: readonly string[]) => [...new Set(values)];
  const bodies = used(rows.map((row) => row.body));
  const years = used(rows.map((row) => row.year)).sort();
  const groups = used(rows.flatMap((row) => row.groups.split(' ').filter(Boolean)));
  return [
    {
      key: 'paatos-toimielin',
      legend: 'Toimielin',
      options: bodies.map((id) => {
        const body = model.body(id);
        return option('paatos-toimielin', id, body?.shortName ?? body?.name ?? id);
      }),
    },
    {
      key: 'paatos-vuosi',
      legend: 'Vuosi',
      options: years.map((year) => option('paatos-vuosi', year, year)),
    },
    {
      key: 'paatos-ryhma',
      legend: 'Valmisteluryhmä',
      options: groups.map((id) => option('paatos-ryhma', id, model.group(id)?.name ?? id)),
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
