import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../src/text-width.ts';
import { layoutTimeline } from '../src/timeline-geometry.ts';
import { eighteenRows, emptyYears, longLabel, workProgramme } from './models.ts';

const rowById = (geometry: ReturnType<typeof layoutTimeline>, id: string) => {
  const row = geometry.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('layoutTimeline', () => {
  const geometry = layoutTimeline(workProgramme());
  const { plot, axis } = geometry;
  const xOf = (months: number) => plot.x + (months * plot.width) / 19;

  it('gives nineteen month columns of equal width across the plot', () => {
    expect(axis.unit).toBe('month');
    expect(axis.ticks.map((tick) => tick.label)).toEqual([
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(axis.monthWidth * 19).toBeCloseTo(plot.width, 0);
    expect(axis.years.map((band) => band.label)).toEqual(['2018', '2019']);
  });

  it('starts and ends month-precision bars on month boundaries', () => {
    const bar = rowById(geometry, 'kuukausi').bar;
    // 2018-08 is the third month of a chart starting 2018-06; the span covers August and September.
    expect(bar?.x).toBeCloseTo(xOf(2), 1);
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(xOf(4), 1);
  });

  it('starts and ends day-precision bars inside their months', () => {
    const bar = rowById(geometry, 'paiva').bar;
    // From the start of 16 August to the end of 15 October.
    expect(bar?.x).toBeCloseTo(xOf(2 + 15 / 31), 1);
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(xOf(4 + 15 / 31), 1);
  });

  it('puts month milestones mid-month and day milestones on their day', () => {
    expect(rowById(geometry, 'valmis').milestone?.cx).toBeCloseTo(xOf(18.5), 1);
    expect(rowById(geometry, 'luonnos').milestone?.cx).toBeCloseTo(xOf(11 + 30 / 31), 1);
  });

  it('marks tentative rows with a "?" next to the shape, and only those', () => {
    const marked = geometry.rows.filter((row) => row.mark).map((row) => row.id);
    expect(marked).toEqual(['seminaari', 'luonnos']);
    const seminar = rowById(geometry, 'seminaari');
    expect(seminar.mark?.text).toBe('?');
    expect(seminar.mark?.x).toBeGreaterThan((seminar.bar?.x ?? 0) + (seminar.bar?.width ?? 0));
  });

  it('draws the elections and the "as of" date as vertical lines with their own labels', () => {
    expect(geometry.markers).toHaveLength(1);
    expect(geometry.markers[0]?.x).toBeCloseTo(xOf(11.5), 1);
    expect(geometry.markers[0]?.label.text).toBe('Maakuntavaalit 5/2019 ?');
    expect(geometry.asOf?.x).toBeCloseTo(xOf(9 + 14 / 31), 1);
    expect(geometry.asOf?.label.text).toBe('Tilanne 15.3.2019');
  });

  it('lists in the legend only the styles the chart uses, "as of" last', () => {
    expect(geometry.legend.map((item) => item.label.text)).toEqual([
      'Vahvistettu',
      'Arvio',
      'Epävarma (?)',
      'Virstanpylväs',
      'Tilanne 15.3.2019',
    ]);
    const estimatesOnly = layoutTimeline(eighteenRows());
    expect(estimatesOnly.legend.map((item) => item.kind)).toEqual(['confirmed', 'estimate', 'tentative']);
  });

  it('wraps long labels into lines that fit the label column, losing no words', () => {
    const row = rowById(geometry, 'arvio');
    expect(row.labelLines.length).toBeGreaterThan(1);
    expect(row.labelLines.map((line) => line.text).join(' ')).toBe(longLabel);
    for (const line of row.labelLines) {
      expect(estimateTextWidth(line.text, geometry.fontSize)).toBeLessThanOrEqual(geometry.labelColumn.width);
      expect(line.y).toBeGreaterThan(row.y);
      expect(line.y).toBeLessThan(row.y + row.height);
    }
  });

  it('stacks eighteen long rows over nineteen months without overlap, in a landscape shape', () => {
    const big = layoutTimeline(eighteenRows());
    expect(big.rows).toHaveLength(18);
    big.rows.forEach((row, index) => {
      const next = big.rows[index + 1];
      if (next) expect(next.y).toBeCloseTo(row.y + row.height, 1);
      expect(row.bar?.y).toBeGreaterThanOrEqual(row.y);
      expect((row.bar?.y ?? 0) + (row.bar?.height ?? 0)).toBeLessThanOrEqual(row.y + row.height);
    });
    expect(big.width / big.height).toBeGreaterThan(1);
    const lastRow = big.rows.at(-1);
    expect(big.height).toBeGreaterThan((lastRow?.y ?? 0) + (lastRow?.height ?? 0));
  });

  it('switches the axis to quarters and then to years only as columns get narrow', () => {
    expect(layoutTimeline(emptyYears(19)).axis.unit).toBe('month');
    const reform = layoutTimeline(emptyYears(72));
    expect(reform.axis.unit).toBe('quarter');
    expect(reform.axis.ticks.slice(0, 4).map((tick) => tick.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    const decades = layoutTimeline(emptyYears(240));
    expect(decades.axis.unit).toBe('year');
    expect(decades.axis.ticks).toEqual([]);
    expect(decades.header.tickBaseline).toBeUndefined();
    expect(decades.axis.years.map((band) => band.label)[0]).toBe('2015');
  });

  it('honours the size options', () => {
    const narrow = layoutTimeline(workProgramme(), {
      width: 800,
      labelWidth: 200,
      fontSize: 10,
      barHeight: 10,
    });
    expect(narrow.width).toBe(800);
    expect(narrow.labelColumn.width).toBe(200);
    expect(narrow.plot.x + narrow.plot.width).toBeLessThanOrEqual(800);
    expect(narrow.rows[0]?.bar?.height).toBe(10);
  });

  it('rounds every coordinate to two decimals', () => {
    const numbers: number[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'number') numbers.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(geometry);
    for (const value of numbers) expect(Math.round(value * 100) / 100).toBe(value);
  });
});
