import { describe, expect, it } from 'vitest';
import { checkTargets, type Target } from '../src/report/targets.ts';
import { type BenchResults, measured, missing } from '../src/results.ts';

const counts = { files: 63, people: 10, lines: 4, groups: 32, reports: 12, meetings: 4, news: 6 };

function resultsWith(scales: BenchResults['scales'], once: BenchResults['once'] = {}): BenchResults {
  return {
    version: 1,
    mode: 'full',
    seed: 1,
    startedAt: '2018-05-31T00:00:00.000Z',
    finishedAt: '2018-05-31T01:00:00.000Z',
    machine: { cpus: 2, memoryGiB: 4, node: 'v24.21.0' },
    runs: {},
    scales,
    once,
    growth: {},
    marginal: {},
  };
}

const list: Target[] = [
  {
    label: 'rebuild at 100×',
    metric: { scale: 100, key: 'editReport' },
    comparison: '<',
    bound: 15,
    unit: 's',
  },
  { label: 'rebuild at 1×', metric: { scale: 1, key: 'editReport' }, comparison: '<', bound: 1, unit: 's' },
  { label: 'memory', metric: { scale: 100, key: 'peakBuild' }, comparison: '<', bound: 2048, unit: 'MiB' },
  { label: 'ratio', metric: { once: 'pdfmakeVsChromium' }, comparison: '≥', bound: 2, unit: '×' },
  { label: 'site', metric: { scale: 1, key: 'siteVsMarkdown' }, comparison: '≤', bound: 1.2, unit: '×' },
];

const verdicts = (results: BenchResults) =>
  Object.fromEntries(checkTargets(results, list).map((check) => [check.target.label, check.verdict]));

describe('checkTargets', () => {
  it('says met or missed for each target from the metric at its scale', () => {
    const results = resultsWith(
      [
        {
          scale: 1,
          counts,
          metrics: { editReport: measured(0.8, 's'), siteVsMarkdown: measured(1.2, '×') },
        },
        {
          scale: 100,
          counts,
          metrics: { editReport: measured(42, 's'), peakBuild: measured(2048, 'MiB') },
        },
      ],
      { pdfmakeVsChromium: measured(2, '×') },
    );
    expect(verdicts(results)).toEqual({
      'rebuild at 100×': 'missed',
      'rebuild at 1×': 'met',
      // "Under 2 GiB": exactly the bound misses; "at most" and "at least" include it.
      memory: 'missed',
      ratio: 'met',
      site: 'met',
    });
  });

  it('reports a scale that was not run and a metric without a value as not measured', () => {
    const results = resultsWith(
      [{ scale: 1, counts, metrics: { editReport: missing('s', 'build failed') } }],
      { pdfmakeVsChromium: measured(0.7, '×') },
    );
    expect(verdicts(results)).toEqual({
      'rebuild at 100×': 'not measured',
      'rebuild at 1×': 'not measured',
      memory: 'not measured',
      ratio: 'missed',
      site: 'not measured',
    });
  });

  it('never compares a metric in another unit than the bound', () => {
    const results = resultsWith([{ scale: 1, counts, metrics: { editReport: measured(0.5, 'ms') } }]);
    expect(verdicts(results)['rebuild at 1×']).toBe('not measured');
  });
});
