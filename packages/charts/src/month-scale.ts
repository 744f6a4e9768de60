/**
 * The time axis: which unit gets a label (month, quarter or only year) and where the grid lines
 * go. Narrow columns would otherwise print overlapping month numbers on long timelines.
 */
import type { TimelineMonth } from '@valmistelu/domain/timeline';
import { quarterLabel } from './chart-labels.ts';
import { round2 } from './round.ts';
import { estimateTextWidth } from './text-width.ts';

export type AxisUnit = 'month' | 'quarter' | 'year';

export interface AxisTick {
  /** Left and right edge of the labelled period, and the label's centre. */
  x0: number;
  x1: number;
  cx: number;
  label: string;
}

export interface YearBand extends AxisTick {
  year: number;
}

export interface GridLine {
  x: number;
  weight: 'month' | 'quarter' | 'year';
}

export interface MonthAxis {
  unit: AxisUnit;
  monthWidth: number;
  ticks: AxisTick[];
  years: YearBand[];
  grid: GridLine[];
}

const labelPadding = 4;

export function chooseAxisUnit(monthWidth: number, fontSize: number): AxisUnit {
  if (monthWidth >= estimateTextWidth('12', fontSize) + labelPadding) return 'month';
  if (monthWidth * 3 >= estimateTextWidth(quarterLabel(4), fontSize) + labelPadding) return 'quarter';
  return 'year';
}

/** Consecutive months sharing a key, as [first offset, last offset, first month]. */
function runs(months: readonly TimelineMonth[], key: (month: TimelineMonth) => string) {
  const result: { first: TimelineMonth; last: TimelineMonth }[] = [];
  for (const month of months) {
    const current = result.at(-1);
    if (current && key(current.first) === key(month)) current.last = month;
    else result.push({ first: month, last: month });
  }
  return result;
}

/** The label if it fits the period, else the fallback if that fits, else nothing. */
function fitLabel(candidates: readonly string[], width: number, fontSize: number): string {
  return candidates.find((label) => estimateTextWidth(label, fontSize) + labelPadding <= width) ?? '';
}

export function monthAxis(
  months: readonly TimelineMonth[],
  x: number,
  width: number,
  fontSize: number,
): MonthAxis {
  const monthWidth = width / Math.max(months.length, 1);
  const unit = chooseAxisUnit(monthWidth, fontSize);
  const period = (first: TimelineMonth, last: TimelineMonth) => {
    const x0 = round2(x + first.offset * monthWidth);
    const x1 = round2(x + (last.offset + 1) * monthWidth);
    return { x0, x1, cx: round2((x0 + x1) / 2) };
  };
  const quarterOf = (month: TimelineMonth) => Math.floor((month.month - 1) / 3) + 1;

  const years = runs(months, (month) => String(month.year)).map(({ first, last }): YearBand => {
    const edges = period(first, last);
    const label = fitLabel(
      [String(first.year), `’${String(first.year).slice(2)}`],
      edges.x1 - edges.x0,
      fontSize,
    );
    return { ...edges, year: first.year, label };
  });

  const ticks =
    unit === 'month'
      ? months.map((month) => ({ ...period(month, month), label: String(month.month) }))
      : unit === 'quarter'
        ? runs(months, (month) => `${month.year}-${quarterOf(month)}`).map(({ first, last }) => {
            const edges = period(first, last);
            return {
              ...edges,
              label: fitLabel([quarterLabel(quarterOf(first))], edges.x1 - edges.x0, fontSize),
            };
          })
        : [];

  // Lines every month would turn into a grey smear on long charts; thin them with the labels.
  const showMonthLines = monthWidth >= 6;
  const showQuarterLines = monthWidth * 3 >= 6;
  const grid: GridLine[] = [];
  for (let offset = 0; offset <= months.length; offset++) {
    const month = months[offset];
    const weight: GridLine['weight'] =
      month === undefined || offset === 0 || month.month === 1
        ? 'year'
        : (month.month - 1) % 3 === 0
          ? 'quarter'
          : 'month';
    if (weight === 'month' && !showMonthLines) continue;
    if (weight === 'quarter' && !showQuarterLines) continue;
    grid.push({ x: round2(x + offset * monthWidth), weight });
  }
  return {
    unit,
    monthWidth: round2(monthWidth),
    ticks: ticks.filter((tick) => tick.label !== ''),
    years,
    grid,
  };
}
