/**
 * The table `pnpm bench` prints: one column per scale, then the once-per-run measurements with
 * both baselines, the targets with met or missed, then the growth per item. Missing values show
 * as "—" with the reason below.
 */
import {
  type BenchResults,
  growthMetrics,
  type Metric,
  marginalMetrics,
  onceMetricLabels,
  type ScaleMetricKey,
  scaleMetricLabels,
} from '../results.ts';
import { checkTargets } from './targets.ts';

const measuredOrMissing = (value: number | null | undefined): Metric | undefined =>
  value === null || value === undefined ? undefined : { value, unit: 's' };

export function formatValue(metric: Metric | undefined): string {
  if (!metric || metric.value === null) return '—';
  const { value, unit } = metric;
  switch (unit) {
    case 's':
      if (value < 0.01) return `${(value * 1000).toFixed(2)} ms`;
      return value < 1 ? `${(value * 1000).toFixed(0)} ms` : `${value.toFixed(2)} s`;
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 'MiB':
      return `${value.toFixed(0)} MiB`;
    case 'pages':
      return `${value.toFixed(0)}`;
    case 'pages/s':
      return `${value.toFixed(1)} pages/s`;
    case '×':
      return `${value.toFixed(2)}×`;
  }
}

const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells
    .map((cell, at) => (at === 0 ? cell.padEnd(widths[at] ?? 0) : cell.padStart(widths[at] ?? 0)))
    .join('  ');

function table(rows: readonly string[][]): string[] {
  const widths = rows.reduce<number[]>(
    (found, row) => row.map((cell, at) => Math.max(found[at] ?? 0, cell.length)),
    [],
  );
  return rows.map((row) => pad(row, widths).trimEnd());
}

export function formatTable(results: BenchResults): string {
  const unmeasured = new Set<string>();
  const notes = new Set<string>();
  const note = (label: string, metric: Metric | undefined) => {
    if (metric?.note) (metric.value === null ? unmeasured : notes).add(`${label}: ${metric.note}`);
  };
  const scales = results.scales.map((result) => `${result.scale}×`);
  const counts: string[][] = [
    ['content', ...scales],
    ...(['files', 'groups', 'reports', 'meetings', 'news', 'people'] as const).map((key) => [
      `  ${key}`,
      ...results.scales.map((result) => String(result.counts[key])),
    ]),
  ];
  const perScale = (Object.keys(scaleMetricLabels) as ScaleMetricKey[]).map((key) => {
    const label = scaleMetricLabels[key];
    return [
      label,
      ...results.scales.map((result) => {
        note(`${label} at ${result.scale}×`, result.metrics[key]);
        return formatValue(result.metrics[key]);
      }),
    ];
  });
  const once = (Object.keys(onceMetricLabels) as (keyof typeof onceMetricLabels)[]).map((key) => {
    note(onceMetricLabels[key], results.once[key]);
    return [onceMetricLabels[key], formatValue(results.once[key])];
  });
  const targetRows = checkTargets(results).map(({ target, measured, verdict }) => [
    target.label,
    `${target.comparison} ${formatValue({ value: target.bound, unit: target.unit })}`,
    formatValue(measured),
    verdict,
  ]);
  const growthScales = results.scales
    .filter((result) => result.scale !== 1)
    .map((result) => String(result.scale));
  const growth = growthMetrics.map((key) => [
    scaleMetricLabels[key],
    ...growthScales.map((scale) => {
      const value = results.growth[key]?.[scale];
      return value === null || value === undefined ? '—' : `${value.toFixed(2)}×`;
    }),
  ]);
  const steps = results.scales.slice(1).map((result, at) => `${results.scales[at]?.scale}→${result.scale}`);
  const marginal = (Object.keys(marginalMetrics) as (keyof typeof marginalMetrics)[]).map((key) => [
    scaleMetricLabels[key],
    ...steps.map((step) => formatValue(measuredOrMissing(results.marginal[key]?.[step]))),
  ]);
  const { machine } = results;
  return [
    `valmistelu bench (${results.mode}), seed ${results.seed}, ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}` +
      `${machine.astro ? `, Astro ${machine.astro}` : ''}${machine.chromium ? `, ${machine.chromium}` : ''}`,
    'Whole-process wall times, medians over the runs. Memory: "largest process" is GNU time\'s peak of one',
    'process; "all its processes" is the peak of their sum, sampled from /proc every 0.2 s.',
    `Runs per measurement (light/heavy): ${Object.entries(results.runs)
      .map(([scale, runs]) => `${scale}× ${runs.light}/${runs.heavy}`)
      .join(', ')}.`,
    '',
    ...table([...counts, [''], ['per scale', ...scales], ...perScale]),
    '',
    ...table([['once per run', 'value'], ...once]),
    '',
    ...table([['targets', 'target', 'measured', ''], ...targetRows]),
    '',
    ...table([
      ['growth per item (cost at k× ÷ cost at 1×)', ...growthScales.map((scale) => `${scale}×/1×`)],
      ...growth,
    ]),
    '',
    ...table([['marginal cost per added item', ...steps.map((step) => `${step}×`)], ...marginal]),
    ...(notes.size ? ['', 'Notes:', ...[...notes].map((text) => `  ${text}`)] : []),
    ...(unmeasured.size ? ['', 'Not measured:', ...[...unmeasured].map((text) => `  ${text}`)] : []),
    '',
  ].join('\n');
}
