/**
 * The search page's Finnish search (`scripts/finnish-search.js`) against a stand-in for Pagefind's
 * `search`: which forms it asks for, and how it puts their results together. The real index and
 * the table of inflected queries are in tests/e2e/search.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findPages, relatedForms } from '../src/scripts/finnish-search.js';

interface StandIn {
  id: string;
  url: string;
  score: number;
  locations: number[];
}

/** A `search` that finds, for each exact term, the pages listed; and the terms it was asked. */
function standIn(index: Record<string, StandIn[]>) {
  const asked: string[] = [];
  const search = async (term: string) => {
    asked.push(term);
    return {
      results: (index[term] ?? []).map((page) => ({
        id: page.id,
        score: page.score,
        data: async () => ({ url: page.url, content: '', meta: {}, locations: page.locations }),
      })),
    };
  };
  return { search, asked };
}

const page = (id: string, score: number, locations: number[] = [0]): StandIn => ({
  id,
  url: `/${id}/`,
  score,
  locations,
});

describe('relatedForms', () => {
  it('guesses base forms of inflected words and inflected forms of base words', () => {
    expect(relatedForms('kesäkatsauksen')).toContain('kesäkatsaus');
    expect(relatedForms('katsaus')).toContain('katsauksen');
    expect(relatedForms('varautumisessa')).toContain('varautuminen');
    expect(relatedForms('tietohallinnossa')).toContain('tietohallinto');
    expect(relatedForms('tietohallinto')).toContain('tietohallinnon');
  });

  it('leaves short words, numbers and mixed tokens alone', () => {
    expect(relatedForms('tila')).toEqual([]);
    expect(relatedForms('2018')).toEqual([]);
    expect(relatedForms('sote-palvelut')).toEqual([]);
  });
});

describe('findPages', () => {
  it('finds a page by another form of the word, with the hits of that form', async () => {
    const { search, asked } = standIn({ kesäkatsaus: [page('uutinen', 2, [0, 7])] });
    const found = await findPages(search, 'kesäkatsauksen');
    expect(asked).toEqual(['kesäkatsauksen', 'kesäkatsaus']);
    expect(found.map((result) => result.id)).toEqual(['uutinen']);
    expect((await found[0]?.data())?.locations).toEqual([0, 7]);
  });

  it("takes a page's best score among the forms and lists the best first", async () => {
    const { search } = standIn({
      katsaus: [page('a', 1), page('b', 5)],
      katsauksen: [page('a', 9)],
    });
    const found = await findPages(search, 'katsaus');
    expect(found.map((result) => [result.id, result.score])).toEqual([
      ['a', 9],
      ['b', 5],
    ]);
  });

  it('finds only pages with every word, scored by the sum, their hits together', async () => {
    const { search } = standIn({
      päivystys: [page('a', 2, [4]), page('b', 3, [1])],
      tilanne: [page('a', 4, [9, 2])],
    });
    const found = await findPages(search, 'päivystys  tilanne');
    expect(found.map((result) => [result.id, result.score])).toEqual([['a', 6]]);
    expect((await found[0]?.data())?.locations).toEqual([2, 4, 9]);
  });

  it('lists pages of the same score in the order of their ids', async () => {
    const { search } = standIn({ talous: [page('c', 1), page('a', 1), page('b', 1)] });
    expect((await findPages(search, 'talous')).map((result) => result.id)).toEqual(['a', 'b', 'c']);
  });

  it('leaves a phrase in quotes to Pagefind as typed, and an empty query finds nothing', async () => {
    const { search, asked } = standIn({ '"sote palvelut"': [page('a', 1)] });
    expect((await findPages(search, '"sote palvelut"')).map((result) => result.id)).toEqual(['a']);
    expect(asked).toEqual(['"sote palvelut"']);
    expect(await findPages(search, '   ')).toEqual([]);
  });
});
