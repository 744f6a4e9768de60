/** The report filters: one radio per line, kind and state, and a CSS rule hiding what does not match. */
import { lineSchema } from '@valmistelu/domain/schema';
import { describe, expect, test } from 'vitest';
import { reportFilterCss, reportFilters } from '../src/lib/report-filters.ts';

describe('report filters', () => {
  test('every value of the model has an option and a rule', () => {
    const line = lineSchema.parse({
      id: 'tl1',
      kind: 'line',
      number: 1,
      name: 'Sote',
      shortName: 'TL1',
      body: 'vate',
      changeDirector: 'x',
    });
    const filters = reportFilters([line]);
    expect(filters.map((filter) => filter.options.map((option) => option.id))).toEqual([
      ['line-tl1'],
      ['kind-interim', 'kind-final'],
      ['state-draft', 'state-submitted', 'state-handled', 'state-approved', 'state-noted'],
    ]);
    const css = reportFilterCss(filters);
    expect(css).toContain('main:has(#line-tl1:checked) tr[data-line]:not([data-line="tl1"])');
    expect(css).toContain('main:has(#state-noted:checked) tr[data-state]:not([data-state="noted"])');
  });
});
