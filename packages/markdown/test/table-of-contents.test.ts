/**
 * A table of contents stored flat (as the site's loader stores it in Astro's `headings`) nests
 * back to the same tree: every `toc.json` fixture makes the round trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { flattenToc, nestHeadings, type TocEntry } from '../src/table-of-contents.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'to-html');

describe('flattenToc and nestHeadings', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, () => {
      const toc: TocEntry[] = JSON.parse(readFileSync(join(fixtures, name, 'toc.json'), 'utf8'));
      const flat = flattenToc(toc);
      expect(flat.every((heading) => !('children' in heading))).toBe(true);
      expect(nestHeadings(flat)).toEqual(toc);
    });
  }

  test('a deeper heading after a shallower one nests under it; a shallower one closes it', () => {
    const nested = nestHeadings([
      { depth: 2, id: 'a', text: 'A' },
      { depth: 3, id: 'b', text: 'B' },
      { depth: 2, id: 'c', text: 'C' },
    ]);
    expect(nested.map((entry) => [entry.id, entry.children.map((child) => child.id)])).toEqual([
      ['a', ['b']],
      ['c', []],
    ]);
  });
});
