/** A news item's own picture: checked like a body image, kept with its size for the share image's crop. */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../src/image-check.ts';
import { loadContent } from '../src/load-content.ts';
import { contentWithCase } from './copy-fixture.ts';

const jpeg = join(import.meta.dirname, '../../../tests/fixtures/images/avajaiset.jpg');

describe('news image', () => {
  it('keeps the file, digest, text alternative and size', async () => {
    const dir = await contentWithCase('valid-news-image');
    try {
      const png = await loadContent(dir);
      expect(png.messages).toEqual([]);
      const item = png.content.news.find((news) => news.id === 'avaus');
      expect(item).toMatchObject({ image: 'kuvat/piste.png', imageAlt: 'Sininen piste', featured: true });
      expect(png.sources.news[png.content.news.indexOf(item as never)]?.leadImage).toMatchObject({
        url: 'kuvat/piste.png',
        path: join(dir, 'news/kuvat/piste.png'),
        alt: 'Sininen piste',
        width: 40,
        height: 24,
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads a JPEG’s size from its frame header', async () => {
    expect(imageSize(await readFile(jpeg))).toEqual({ width: 800, height: 600 });
    expect(imageSize(Buffer.from('not an image'))).toBeUndefined();
  });
});
