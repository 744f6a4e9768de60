/**
 * Slugs that would put two things on one address. Ids are already checked (ASCII, unique per
 * collection); tags are free text, so "Päivystys" in NFC and NFD must meet on one page while
 * "Päivystys" and "Paivystys" must not silently merge.
 */

import type { NewsItem } from './schema.ts';
import { slugify } from './slug.ts';

export interface SlugProblem {
  /** Index of the news item and of the tag in its `tags`. */
  item: number;
  tag: number;
  message: string;
}

/** Reads only each item's id and tags. */
export function findTagSlugProblems<Item extends Pick<NewsItem, 'id' | 'tags'>>(
  news: readonly Item[],
): SlugProblem[] {
  const problems: SlugProblem[] = [];
  const firstSpelling = new Map<string, { text: string; item: string }>();
  news.forEach((newsItem, item) => {
    newsItem.tags.forEach((raw, tag) => {
      const text = raw.normalize('NFC');
      const slug = slugify(text);
      if (slug === '') {
        problems.push({
          item,
          tag,
          message: `aihetunnisteesta "${text}" ei saa osoitetta: käytä kirjaimia tai numeroita`,
        });
        return;
      }
      const first = firstSpelling.get(slug);
      if (!first) firstSpelling.set(slug, { text, item: newsItem.id });
      else if (first.text !== text) {
        problems.push({
          item,
          tag,
          message: `aiheet "${text}" ja "${first.text}" (uutisessa ${first.item}) saisivat saman osoitteen /${slug}/: kirjoita aihe samalla tavalla`,
        });
      }
    });
  });
  return problems;
}
