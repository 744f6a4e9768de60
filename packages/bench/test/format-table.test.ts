import { describe, expect, it } from 'vitest';
import { parseCpuSeconds, parsePeakRssMiB } from '../src/measure/run-timed.ts';
import { median } from '../src/measure/statistics.ts';
import { formatTable } from '../src/report/format-table.ts';
import { type BenchResults, measured, missing } from '../src/results.ts';

const counts = { files: 63, people: 10, lines: 4, groups: 32, reports: 12, meetings: 4, news: 6 };

const results: BenchResults = {
  version: 1,
  mode: 'quick',
  seed: 1,
  startedAt: '2018-05-31T00:00:00.000Z',
  finishedAt: '2018-05-31T00:01:00.000Z',
  machine: { cpus: 2, memoryGiB: 4, node: 'v24.21.0' },
  runs: { '1': { light: 5, heavy: 3 }, '10': { light: 3, heavy: 1 } },
  scales: [
    {
      scale: 1,
      counts,
      metrics: { check: measured(0.4, 's', [0.4]), build: missing('s', 'not available yet') },
    },
    { scale: 10, counts: { ...counts, files: 549 }, metrics: { check: measured(1.5, 's', [1.5]) } },
  ],
  once: { smallPdf: measured(3.25, 'ms'), pdfmakeVsChromium: measured(0.75, '×') },
  growth: { checkPerFile: { '10': 0.43 } },
  marginal: { checkPerFile: { '1→10': 0.0012 } },
};

describe('formatTable', () => {
  const lines = formatTable(results).split('\n');
  /** The cells of the first row with this label in the section whose header starts with `section`. */
  const row = (label: string, section = '') =>
    lines
      .slice(lines.findIndex((line) => line.startsWith(section)))
      .find((line) => line.trim().startsWith(`${label}  `))
      ?.trim()
      .split(/\s{2,}/);

  it('puts each scale in its own column', () => {
    expect(lines.find((line) => line.startsWith('check '))?.split(/\s{2,}/)).toEqual([
      'check',
      '400 ms',
      '1.50 s',
    ]);
    expect(row('files')).toEqual(['files', '63', '549']);
  });

  it('shows a missing value as a dash and says why below', () => {
    expect(row('build (site + PDFs), clean')).toEqual(['build (site + PDFs), clean', '—', '—']);
    expect(lines).toContain('  build (site + PDFs), clean at 1×: not available yet');
  });

  it('reports the marginal cost of one more item between scales', () => {
    expect(lines.find((line) => line.startsWith('marginal'))?.split(/\s{2,}/)).toEqual([
      'marginal cost per added item',
      '1→10×',
    ]);
    expect(row('check per content file', 'marginal')?.at(-1)).toBe('1.20 ms');
  });

  it('prints each target with its bound, the measured value and whether it was met', () => {
    expect(row('targets')).toEqual(['targets', 'target', 'measured']);
    expect(row('long report: pdfmake ÷ Chromium pages/s', 'targets')).toEqual([
      'long report: pdfmake ÷ Chromium pages/s',
      '≥ 2.00×',
      '0.75×',
      'missed',
    ]);
    expect(row('small PDF in-process', 'targets')).toEqual([
      'small PDF in-process',
      '< 5.00 ms',
      '3.25 ms',
      'met',
    ]);
    expect(row('edit one report, rebuild at 100×', 'targets')).toEqual([
      'edit one report, rebuild at 100×',
      '< 15.00 s',
      '—',
      'not measured',
    ]);
  });

  it('reports growth as a ratio per scale', () => {
    expect(row('check per content file', 'growth')?.at(-1)).toBe('0.43×');
  });
});

describe('measurement helpers', () => {
  it('reads peak memory from GNU time', () => {
    expect(parsePeakRssMiB('\tMaximum resident set size (kbytes): 204800\n')).toBe(200);
    expect(parsePeakRssMiB('')).toBeUndefined();
  });

  it('reads processor time, user and system, from GNU time', () => {
    const report =
      '\tUser time (seconds): 36.12\n\tSystem time (seconds): 19.5\n\tPercent of CPU this job got: 180%\n';
    expect(parseCpuSeconds(report)).toBeCloseTo(55.62, 5);
    expect(parseCpuSeconds('\tUser time (seconds): 1.0\n')).toBeUndefined();
    expect(parseCpuSeconds('')).toBeUndefined();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
