/**
 * The report list's filters, without JavaScript: each filter is a group of radio buttons, and a
 * stylesheet rule hides the rows that do not match the checked one. The rules are generated from
 * the model's values (lines from the content, kinds and states from the schema).
 */
import { reportKindLabels, reportStateLabels } from '@valmistelu/domain/labels';
import { type Line, reportKindSchema, reportStateSchema } from '@valmistelu/domain/schema';

export interface FilterOption {
  id: string;
  value: string;
  label: string;
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

export function reportFilters(lines: readonly Line[]): ReportFilter[] {
  return [
    { key: 'line', legend: 'Linja', options: lines.map((line) => option('line', line.id, line.shortName)) },
    {
      key: 'kind',
      legend: 'Laji',
      options: reportKindSchema.options.map((kind) => option('kind', kind, reportKindLabels[kind])),
    },
    {
      key: 'state',
      legend: 'Tila',
      options: reportStateSchema.options.map((state) => option('state', state, reportStateLabels[state])),
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
