import { describe, expect, it } from 'vitest';
import { formatShards } from '../src/measure-shards.ts';

describe('formatShards', () => {
  it('gives each row its shards, the merge, the wall time on N machines and on one, and the byte check', () => {
    const table = formatShards({
      scale: 10,
      seed: 1,
      files: 549,
      build: 60,
      rows: [
        { count: 1, shards: [58], merge: 4, peakMiB: 1400.4, sameBytes: true },
        { count: 2, shards: [31, 35.25], merge: 5, peakMiB: undefined, sameBytes: false },
      ],
    });
    const rows = table
      .split('\n')
      .filter((line) => /^\| \d/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual([
      ['1', '58.0 s', '4.0 s', '62.0 s', '62.0 s', '1400 MiB', 'same'],
      ['2', '31.0 s, 35.3 s', '5.0 s', '40.3 s', '71.3 s', '–', 'DIFFERENT'],
    ]);
    expect(table).toContain('one machine, `build`: 60.0 s');
  });
});
