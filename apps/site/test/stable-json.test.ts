import { describe, expect, it } from 'vitest';
import { stableJson } from '../src/lib/stable-json.ts';

describe('stableJson', () => {
  it('writes plain data as JSON does', () => {
    const data = {
      title: 'Kokous',
      at: new Date('2018-03-29T10:00:00Z'),
      rows: [1, 'a', null, { ok: true }],
    };
    expect(stableJson(data)).toBe(JSON.stringify(data));
  });

  it('keeps what a Map or Set holds, however deep', () => {
    const a = stableJson({ page: { groups: new Map([['lape', 1]]) } });
    const b = stableJson({ page: { groups: new Map([['sote', 1]]) } });
    expect(a).toBe('{"page":{"groups":[["lape",1]]}}');
    expect(b).not.toBe(a);
    expect(stableJson([new Set(['x'])])).toBe('[["x"]]');
  });

  it('refuses what it cannot write instead of dropping it', () => {
    expect(() => stableJson({ deep: [{ render: () => 'x' }] })).toThrow(/function/);
    expect(() => stableJson({ count: 1n })).toThrow(/bigint/);
  });
});
