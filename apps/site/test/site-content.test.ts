/**
 * Tags as the site gives them addresses. Loading and the located slug-collision error are in
 * content-loader.test.ts.
 */
import { findTagSlugProblems } from '@valmistelu/domain/tag-slugs';
import { describe, expect, test } from 'vitest';

describe('site content', () => {
  test('a tag without letters or digits has no address', () => {
    const problems = findTagSlugProblems([
      { id: 'a', title: 'A', date: '2018-01-01', summary: 'A', tags: ['!!!'], example: false, body: '' },
    ]);
    expect(problems).toEqual([{ item: 0, tag: 0, message: expect.stringContaining('"!!!"') }]);
  });
});
