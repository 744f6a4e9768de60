import { describe, expect, it } from 'vitest';
import { formatShard, inShard, parseShard, type Shard } from '../src/shard.ts';

describe('parseShard', () => {
  it('reads I/N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(formatShard({ index: 3, count: 8 })).toBe('3/8');
  });

  it.each([
    ['0/2', 'osan numeron I pitää olla 1–2 (annettu 0)'],
    ['3/2', 'osan numeron I pitää olla 1–2 (annettu 3)'],
    ['1/0', 'osien määrän N pitää olla 1–256 (annettu 0)'],
    ['2', 'anna muodossa I/N, esimerkiksi 1/4 (annettu "2")'],
    ['a/b', 'anna muodossa I/N, esimerkiksi 1/4 (annettu "a/b")'],
  ])('refuses %s in Finnish', (text, problem) => {
    expect(parseShard(text)).toBe(problem);
  });
});

describe('inShard', () => {
  const keys = Array.from({ length: 2000 }, (_, at) => `/raportit/raportti-${at}/`);

  it.each([1, 2, 3, 4, 7])('puts every key in exactly one of %i shards, none left empty', (count) => {
    const shards: Shard[] = Array.from({ length: count }, (_, at) => ({ index: at + 1, count }));
    const sizes = shards.map((shard) => keys.filter((key) => inShard(key, shard)).length);
    for (const key of keys) expect(shards.filter((shard) => inShard(key, shard))).toHaveLength(1);
    // A hash spreads them: each shard within a third of an even share.
    for (const size of sizes)
      expect(Math.abs(size - keys.length / count)).toBeLessThan(keys.length / count / 3);
  });

  it('gives a key the same shard every time (fixed, so that a changed hash shows)', () => {
    const shard = (key: string) => [1, 2, 3, 4].find((index) => inShard(key, { index, count: 4 }));
    expect(['/', '/haku/', 'pdf/raportit/a.pdf'].map(shard)).toEqual([3, 3, 2]);
  });
});
