import { describe, expect, it } from 'vitest';
import { parseProcStat, treeRssPages } from '../src/measure/process-tree.ts';

describe('parseProcStat', () => {
  it('reads the pid, the parent and the resident pages', () => {
    const line =
      '17456 (cat) R 17449 17449 5494 0 -1 4194304 99 0 0 0 0 0 0 0 20 0 1 0 497419 3133440 390 18446744073709551615 94212520042496';
    expect(parseProcStat(line)).toEqual({ pid: 17456, ppid: 17449, rssPages: 390 });
  });

  it('counts fields after the last parenthesis, whatever the command name holds', () => {
    const line =
      '42 (node (pdf) worker) S 7 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 3 0 100 104857600 25600 18446744073709551615';
    expect(parseProcStat(line)).toEqual({ pid: 42, ppid: 7, rssPages: 25600 });
  });

  it('gives nothing for a line that is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('12 (short) S 1')).toBeUndefined();
  });
});

describe('treeRssPages', () => {
  const stats = [
    { pid: 1, ppid: 0, rssPages: 1000 },
    { pid: 10, ppid: 1, rssPages: 5 },
    { pid: 11, ppid: 10, rssPages: 100 },
    { pid: 12, ppid: 11, rssPages: 200 },
    { pid: 13, ppid: 11, rssPages: 300 },
    { pid: 20, ppid: 1, rssPages: 7000 },
  ];

  it('sums the root and every descendant, and nothing beside them', () => {
    expect(treeRssPages(stats, 10)).toBe(605);
    expect(treeRssPages(stats, 11)).toBe(600);
    expect(treeRssPages(stats, 13)).toBe(300);
  });

  it('gives 0 for a root that has ended', () => {
    expect(treeRssPages(stats, 99)).toBe(0);
  });
});
