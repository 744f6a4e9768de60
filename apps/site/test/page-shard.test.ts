/**
 * A shard's prerenderer: the pages of other shards get an empty answer (Astro writes no file for
 * one), the home page is rendered by every shard, and a page's shard does not depend on the path
 * the site is published under.
 */
import { inShard, type Shard } from '@valmistelu/domain/shard';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { shardPrerenderer } from '../src/integrations/page-shard.ts';

const paths = [
  '/',
  '/haku/',
  '/raportit/a/',
  '/raportit/b/',
  '/rss.xml',
  '/sv/',
  '/uutiset/c/',
  '/kokoukset/d/',
];

const inner: AstroPrerenderer = {
  name: 'test',
  getStaticPaths: async () => [],
  render: async (request) => new Response(`<p>${new URL(request.url).pathname}</p>`),
};

/** The paths `shard` answers with a body, the site published under `base`. */
async function rendered(shard: Shard, base = '/'): Promise<string[]> {
  const prerenderer = shardPrerenderer(inner, shard, base);
  const prefix = base.replace(/\/$/, '');
  const answered: string[] = [];
  for (const path of paths) {
    const response = await prerenderer.render(new Request(`https://example.fi${prefix}${path}`), {
      routeData: {} as never,
    });
    if ((response as Response).body) answered.push(path);
  }
  return answered;
}

describe('shardPrerenderer', () => {
  it('renders each page in exactly one of the shards, the home page in every one', async () => {
    const shards = [1, 2, 3].map((index) => ({ index, count: 3 }));
    const answered = await Promise.all(shards.map((shard) => rendered(shard)));
    for (const list of answered) expect(list).toContain('/');
    for (const path of paths.filter((path) => path !== '/')) {
      const owners = shards.filter((_, at) => answered[at]?.includes(path));
      expect(owners, path).toEqual(shards.filter((shard) => inShard(path, shard)));
      expect(owners, path).toHaveLength(1);
    }
  });

  it('gives a page the same shard under a path as at the root', async () => {
    const shard = { index: 1, count: 2 };
    expect(await rendered(shard, '/valmistelu/')).toEqual(await rendered(shard));
  });
});
