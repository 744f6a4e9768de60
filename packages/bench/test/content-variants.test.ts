import { describe, expect, it } from 'vitest';
import { editedNews, editedReport, unchangedReport } from '../src/content-variants.ts';

const files = new Map([
  ['news/b-uutinen.mdx', '---\ntitle: B\n---\n\nTeksti.\n'],
  ['news/a-uutinen.mdx', '---\ntitle: A\n---\n\nTeksti.\n'],
  ['reports/raportti.mdx', '---\ntitle: R\n---\n\nRunko.\n'],
]);

describe('edits for the rebuild measurements', () => {
  it('adds a numbered sentence at the end of the first news item', () => {
    expect(editedNews(files, 3)).toEqual([
      'news/a-uutinen.mdx',
      '---\ntitle: A\n---\n\nTeksti.\n\nMuokkaus 3: lisätty virke.\n',
    ]);
  });

  it('gives every run a different text for the same report', () => {
    const [path, first] = editedReport(files, 1);
    const [, second] = editedReport(files, 2);
    expect(path).toBe('reports/raportti.mdx');
    expect(first).not.toBe(second);
    expect(first.startsWith(files.get(path) ?? '')).toBe(true);
  });

  it('gives the report the edits change, as it is, for the rebuild with nothing changed', () => {
    expect(unchangedReport(files)).toEqual(['reports/raportti.mdx', files.get('reports/raportti.mdx')]);
    expect(unchangedReport(files)[0]).toBe(editedReport(files, 1)[0]);
  });

  it('refuses a folder with nothing to edit', () => {
    expect(() => editedNews(new Map([['site.yaml', '']]), 1)).toThrow('news/');
  });
});
