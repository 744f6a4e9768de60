/** A new news item with the frontmatter the site needs and a body to replace. */
import type { ContentModel } from '@valmistelu/domain/schema';
import { entrySlug } from '@valmistelu/domain/slug';
import { stringify } from 'yaml';
import { promptPrefix } from './scaffold-report.ts';
import { freeId, frontmatterFile, type ScaffoldResult } from './scaffold-result.ts';

export function scaffoldNews(content: ContentModel, title: string, date: string): ScaffoldResult {
  const slug = entrySlug(title);
  if (!slug) return { ok: false, message: 'otsikosta ei saa tiedostonimeä: kirjoita otsikkoon kirjaimia' };
  const id = freeId(slug, new Set(content.news.map((item) => item.id)));
  const frontmatter = stringify({
    title,
    date,
    summary: `${promptPrefix} yksi tai kaksi virkettä, jotka kertovat uutisen ytimen.`,
    tags: [],
  });
  const body = `${promptPrefix} kirjoita uutisen teksti tähän. Kerro ensin tärkein asia, sitten tausta ja lopuksi mistä saa lisätietoa.`;
  return { ok: true, path: `news/${id}.mdx`, text: frontmatterFile(frontmatter, body) };
}
