/**
 * The report list's filters, without JavaScript: each filter is a group of radio buttons, and a
 * stylesheet rule hides the rows that do not match the checked one. The rules are generated from
 * the model's values (lines from the content, kinds and states from the schema).
 */
import { type Language, type Line, reportKindSchema, reportStateSchema } from '@valmistelu/domain/schema';
import { texts } from './i18n/texts.ts';

export interface FilterOption {
  id: string;
  value: string;
  label: string;
  /** The label's language where it is an untranslated item's name on another language's page. */
  lang?: Language | undefined;
}

export interface ReportFilter {
  /** The row attribute it compares: `data-line`, `data-kind` or `data-state`. */
  key: 'line' | 'kind' | 'state';
  legend: string;
  options: FilterOption[];
}

const option = (key: string, value: string, label: string): FilterOption => ({
  id: `${key}-${value}`,
  value,
  label,
});

/** The filters in a page's language; the options' ids and values are the same in every language. */
export function reportFilters(
  lines: readonly Line[],
  language: Language = 'fi',
  langOf: (lineId: string) => Language | undefined = () => undefined,
): ReportFilter[] {
  const { reports, labels } = texts[language];
  return [
    {
      key: 'line',
      legend: reports.legends.line,
      options: lines.map((line) => ({ ...option('line', line.id, line.shortName), lang: langOf(line.id) })),
    },
    {
      key: 'kind',
      legend: reports.legends.kind,
      options: reportKindSchema.options.map((kind) => option('kind', kind, labels.reportKinds[kind])),
    },
    {
      key: 'state',
      legend: reports.legends.state,
      options: reportStateSchema.options.map((state) => option('state', state, labels.reportStates[state])),
    },
  ];
}

export function reportFilterCss(filters: readonly ReportFilter[]): string {
  const selectors = filters.flatMap((filter) =>
    filter.options.map(
      (choice) =>
        `main:has(#${choice.id}:checked) tr[data-${filter.key}]:not([data-${filter.key}="${choice.value}"])`,
    ),
  );
  return selectors.length ? `${selectors.join(',\n')} {\n  display: none;\n}\n` : '';
}
