import { describe, expect, it } from 'vitest';
import { keyJson } from '../src/key-json.ts';

describe('keyJson', () => {
  it('writes plain data as JSON does', () => {
    const data = {
      title: 'Kokous',
      at: new Date('2018-03-29T10:00:00Z'),
      rows: [1, 'a', null, { ok: true }],
    };
    expect(keyJson(data)).toBe(JSON.stringify(data));
  });

  it('keeps what a Map or Set holds, however deep', () => {
    const a = keyJson({ page: { groups: new Map([['lape', 1]]) } });
    const b = keyJson({ page: { groups: new Map([['sote', 1]]) } });
    expect(a).toBe('{"page":{"groups":[["lape",1]]}}');
    expect(b).not.toBe(a);
    expect(keyJson([new Set(['x'])])).toBe('[["x"]]');
  });

  it('refuses what it cannot write instead of dropping it', () => {
    expect(() => keyJson({ deep: [{ render: () => 'x' }] })).toThrow(/function/);
    expect(() => keyJson({ count: 1n })).toThrow(/bigint/);
  });
});
