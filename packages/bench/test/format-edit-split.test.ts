import { describe, expect, it } from 'vitest';
import { formatEditSplit } from '../src/measure-edit-split.ts';

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

describe('formatEditSplit', () => {
  const table = formatEditSplit({
    scale: 100,
    seed: 1,
    files: 5409,
    cores: 2,
    rows: [
      { what: 'clean build', runs: [2100], seconds: 2100, cpuSeconds: 3900, peakMiB: 2700, steps: [] },
      {
        what: 'edit one report',
        runs: [31, 29.5, 30.25],
        seconds: 30.25,
        cpuSeconds: undefined,
        peakMiB: undefined,
        steps: [
          { part: 'tarkistus', step: 'Sisältö: tarkistus', start: 0.7, end: 4.8 },
          { part: 'sivusto', step: 'Sivusto: sivut', start: 16.25, end: 21.5 },
        ],
      },
    ],
  });
  const lines = table.split('\n');

  it('gives each build its median wall time, every run, its processor time and the cores it kept busy', () => {
    const rows = lines.filter((line) => /^\| (clean|edit)/.test(line)).map(cells);
    expect(rows).toEqual([
      ['clean build', '2100.0 s', '2100.0 s', '3900.0 s', '1.86'],
      ['edit one report', '30.3 s', '31.0 s, 29.5 s, 30.3 s', '–', '–'],
    ]);
    expect(lines[0]).toBe(
      '100× the organisation (5409 content files, seed 1), 2 cores; the median run of each row',
    );
  });

  it('splits a build into its steps, from the start of the process, after the process starting', () => {
    const at = lines.indexOf(
      'Steps of "edit one report" (30.3 s with pnpm\'s start; from the process\'s start, parts side by side):',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 4, at + 7).map(cells)).toEqual([
      ['–', 'Node and the CLI starting', '0.0 s', '0.7 s', '0.7 s'],
      ['tarkistus', 'Sisältö: tarkistus', '0.7 s', '4.8 s', '4.1 s'],
      ['sivusto', 'Sivusto: sivut', '16.3 s', '21.5 s', '5.3 s'],
    ]);
    // A build without steps (none recorded) gets no table.
    expect(table).not.toContain('Steps of "clean build"');
  });
});
