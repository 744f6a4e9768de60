/**
 * The site's content module: one load per folder through `@valmistelu/content`, and a build that
 * stops with located messages when two tags would share an address.
 */
import { join } from 'node:path';
import { findTagSlugProblems } from '@valmistelu/domain/tag-slugs';
import { describe, expect, test } from 'vitest';
import { ContentError, getLoadedContent } from '../src/lib/content.ts';
import { createSiteModel } from '../src/lib/site-model.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('site content', () => {
  test('loads once per folder and merges NFC and NFD spellings of a tag', async () => {
    const first = getLoadedContent(join(fixtures, 'content'));
    expect(getLoadedContent(join(fixtures, 'content'))).toBe(first);
    const model = createSiteModel(await first);
    const tag = model.tags.find((candidate) => candidate.slug === 'paivystys');
    expect(tag?.text).toBe('Päivystys'.normalize('NFC'));
    expect(tag?.news.map((item) => item.id).sort()).toEqual(['ohjausryhma-kokoontui', 'talous-kaynnistyi']);
  });

  test('two spellings with one slug fail the build with file:line:column', async () => {
    const error = await getLoadedContent(join(fixtures, 'duplicate-tag')).catch(
      (problem: unknown) => problem,
    );
    expect(error).toBeInstanceOf(ContentError);
    const messages = (error as ContentError).messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 5, column: 8, ruleId: 'slug', severity: 'error' });
    expect(messages[0]?.file.endsWith(join('news', 'sama-aihe.mdx'))).toBe(true);
    expect(messages[0]?.message).toContain('/paivystys/');
  });

  test('a tag without letters or digits has no address', () => {
    const problems = findTagSlugProblems([
      { id: 'a', title: 'A', date: '2018-01-01', summary: 'A', tags: ['!!!'], example: false, body: '' },
    ]);
    expect(problems).toEqual([{ item: 0, tag: 0, message: expect.stringContaining('"!!!"') }]);
  });
});
