import { describe, expect, it } from 'vitest';
import { formatComposition } from '../src/format.ts';

describe('formatComposition', () => {
  it('says the members in Finnish by default and in the words a page gives', () => {
    const counts = [{ count: 15 }, { count: 2 }];
    expect(formatComposition(counts)).toBe('15 + 2 jäsentä');
    expect(formatComposition(counts, (numbers) => `${numbers} medlemmar`)).toBe('15 + 2 medlemmar');
    // Roles are the content's own words, whatever the page's language.
    const roles = [
      { count: 15, role: 'jäsentä' },
      { count: 15, role: 'varajäsentä' },
    ];
    expect(formatComposition(roles, (numbers) => `${numbers} medlemmar`)).toBe('15 jäsentä + 15 varajäsentä');
    expect(formatComposition([])).toBe('');
  });
});
