/**
 * The targets the project has set for its measurements (issue 14 and earlier), each checked
 * against a run's results: met, missed, or not measured in this run (a quick run has no 100×).
 * Benchmarks are not tests: a missed target is printed, never a failure. Pure.
 */
import type { BenchResults, Metric, OnceMetricKey, ScaleMetricKey, Unit } from '../results.ts';

type Comparison = '<' | '≤' | '≥';

export interface Target {
  label: string;
  /** A metric at one scale, or one measured once per run. */
  metric: { scale: number; key: ScaleMetricKey } | { once: OnceMetricKey };
  comparison: Comparison;
  bound: number;
  unit: Unit;
}

export const targets: readonly Target[] = [
  {
    label: 'edit one report, rebuild at 100×',
    metric: { scale: 100, key: 'editReport' },
    comparison: '<',
    bound: 15,
    unit: 's',
  },
  {
    label: 'edit one report, rebuild at 1×',
    metric: { scale: 1, key: 'editReport' },
    comparison: '<',
    bound: 1,
    unit: 's',
  },
  {
    label: 'peak memory of build at 100×, all processes',
    metric: { scale: 100, key: 'peakBuild' },
    comparison: '<',
    bound: 2048,
    unit: 'MiB',
  },
  {
    label: 'long report: pdfmake ÷ Chromium pages/s',
    metric: { once: 'pdfmakeVsChromium' },
    comparison: '≥',
    bound: 2,
    unit: '×',
  },
  {
    label: 'site ÷ Markdown per page at 1×',
    metric: { scale: 1, key: 'siteVsMarkdown' },
    comparison: '≤',
    bound: 1.2,
    unit: '×',
  },
  {
    label: 'build of the default content',
    metric: { once: 'coldBuild' },
    comparison: '<',
    bound: 15,
    unit: 's',
  },
  {
    label: 'no-op pnpm build (turbo cache hit)',
    metric: { once: 'noopRebuild' },
    comparison: '<',
    bound: 1,
    unit: 's',
  },
  {
    label: 'small PDF in-process',
    metric: { once: 'smallPdf' },
    comparison: '<',
    bound: 5,
    unit: 'ms',
  },
];

export type Verdict = 'met' | 'missed' | 'not measured';

export interface TargetCheck {
  target: Target;
  measured: Metric | undefined;
  verdict: Verdict;
}

function metricOf(results: BenchResults, target: Target): Metric | undefined {
  const { metric } = target;
  if ('once' in metric) return results.once[metric.once];
  return results.scales.find((result) => result.scale === metric.scale)?.metrics[metric.key];
}

const holds: Record<Comparison, (value: number, bound: number) => boolean> = {
  '<': (value, bound) => value < bound,
  '≤': (value, bound) => value <= bound,
  '≥': (value, bound) => value >= bound,
};

export function checkTargets(results: BenchResults, list: readonly Target[] = targets): TargetCheck[] {
  return list.map((target) => {
    const measured = metricOf(results, target);
    // The bound is in the target's unit; a metric in another unit cannot be compared.
    const value = measured?.unit === target.unit ? measured.value : null;
    const verdict: Verdict =
      value === null || value === undefined
        ? 'not measured'
        : holds[target.comparison](value, target.bound)
          ? 'met'
          : 'missed';
    return { target, measured, verdict };
  });
}
