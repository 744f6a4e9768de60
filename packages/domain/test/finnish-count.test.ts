import { describe, expect, it } from 'vitest';
import { countOf } from '../src/finnish-count.ts';

describe('countOf', () => {
  it('takes the nominative singular after 1 and the partitive after any other number', () => {
    expect(countOf(1, 'virhe', 'virhettä')).toBe('1 virhe');
    expect(countOf(0, 'virhe', 'virhettä')).toBe('0 virhettä');
    expect(countOf(2, 'varoitus', 'varoitusta')).toBe('2 varoitusta');
    expect(countOf(21, 'ryhmä', 'ryhmää')).toBe('21 ryhmää');
    expect(countOf(1.5, 'kohta', 'kohtaa')).toBe('1.5 kohtaa');
  });
});
