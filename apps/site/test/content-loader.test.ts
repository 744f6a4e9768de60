/**
 * The content loader's parts on real folders: what it stores for each collection, one shared
 * read per change, located messages for mistakes (a tag slug collision, a string Astro would
 * read as an image import), and the error that survives Astro's wrapping.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { collectionNames } from '@valmistelu/domain/schema';
import { nestHeadings } from '@valmistelu/markdown/table-of-contents';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError, contentErrorOf } from '../src/lib/content-error.ts';
import { createSiteModel } from '../src/lib/create-site-model.ts';
import { linkTargets, renderMdxBody } from '../src/lib/views/render-body.ts';
import { collectionEntries } from '../src/loaders/collection-entries.ts';
import { contentSource } from '../src/loaders/content-source.ts';
import { imageImportsModule } from '../src/loaders/image-imports.ts';
import { astroImagePrefix } from '../src/loaders/reserved-strings.ts';
import { siteCollections } from '../src/loaders/site-collections.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const root = join(import.meta.dirname, '..');
const scratch: string[] = [];

afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function minimalCopy(): Promise<string> {
  const dir = await contentWithOverlay();
  scratch.push(dir);
  return dir;
}

describe('collectionEntries', () => {
  test('stores every item with its own id and data, and the content order of each collection', async () => {
    const loaded = await loadContent(join(fixtures, 'content'));
    const stored = new Map(siteCollections.map((name) => [name, collectionEntries(name, loaded, root)]));
    expect(stored.get('site')?.map((entry) => entry.data)).toEqual([loaded.content.site]);
    expect(stored.get('reportTemplate')?.map((entry) => entry.data)).toEqual([loaded.content.reportTemplate]);
    const order = new Map(stored.get('contentOrder')?.map((entry) => [entry.id, entry.data.ids]));
    for (const name of collectionNames) {
      const items: readonly { id: string }[] = loaded.content[name];
      expect(stored.get(name)?.map((entry) => entry.data)).toEqual(items);
      expect(stored.get(name)?.map((entry) => entry.id)).toEqual(items.map((item) => item.id));
      expect(order.get(name)).toEqual(items.map((item) => item.id));
      for (const entry of stored.get(name) ?? []) expect(entry.filePath?.startsWith('/')).toBe(false);
    }
  });

  test('stores report and news bodies rendered, with a table of contents that nests back', async () => {
    const loaded = await loadContent(join(fixtures, 'content'));
    const targets = linkTargets(loaded.content);
    for (const name of ['reports', 'news'] as const) {
      const entries = collectionEntries(name, loaded, root);
      expect(entries.length).toBeGreaterThan(0);
      entries.forEach((entry, index) => {
        const tree = loaded.sources[name][index]?.tree;
        if (!tree) throw new Error(`${entry.id} did not parse`);
        const expected = renderMdxBody(tree, targets);
        expect(entry.rendered?.html).toBe(expected.html);
        const headings = entry.rendered?.metadata?.headings ?? [];
        expect(nestHeadings(headings.map(({ depth, slug, text }) => ({ depth, id: slug, text })))).toEqual(
          expected.toc,
        );
      });
    }
    const report = collectionEntries('reports', loaded, root)[0];
    expect(report?.rendered?.html).toContain('<h2');
  });
});

describe('images', () => {
  const withImages = join(import.meta.dirname, '../../../packages/content/test/fixtures/valid-images/files');

  test("a body's images become placeholders for its image files, which one module imports", async () => {
    const dir = await contentWithOverlay(withImages);
    scratch.push(dir);
    const loaded = await loadContent(dir);
    expect(loaded.messages).toEqual([]);
    const [news] = collectionEntries('news', loaded, root);
    const images = news?.rendered?.metadata?.images as { id: string; digest: string }[];
    // Two addresses of one file and a reference to it: two placeholders, one file.
    expect(images.map((image) => image.id)).toEqual(['news/kuvat/piste.png', 'news/kuvat/piste.png']);
    expect(images[0]?.digest).toMatch(/^[0-9a-f]{64}$/);
    const sources = [...(news?.rendered?.html ?? '').matchAll(/<img src="([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(sources).toEqual(['kuva:0', 'kuva:1', 'kuva:0']);

    const moduleFile = join(dir, '.astro', 'images.mjs');
    const code = imageImportsModule(loaded, moduleFile);
    // Copies beside the module, named by their digest: no content path reaches a specifier.
    const digests = new Map(images.map((image) => [image.id, image.digest.slice(0, 32)]));
    expect([...code.matchAll(/^import (\w+) from "([^"]+)";$/gm)].map((match) => match[2])).toEqual([
      `./files/${digests.get('news/kuvat/piste.png')}/piste.png`,
      expect.stringMatching(/^\.\/files\/[0-9a-f]{32}\/kaavio\.png$/),
    ]);
    expect(code).toContain('["news/kuvat/piste.png", image0], ["reports/kuvat/kaavio.png", image1]');
  });
});

describe('contentSource', () => {
  test('reads the folder once, and merges NFC and NFD spellings of a tag in the model', async () => {
    const source = contentSource(join(fixtures, 'content'));
    const first = source.current();
    expect(source.current()).toBe(first);
    const { loaded, errors } = await first;
    expect(errors).toEqual([]);
    const model = createSiteModel(loaded.content);
    const tag = model.tags.find((candidate) => candidate.slug === 'paivystys');
    expect(tag?.text).toBe('Päivystys'.normalize('NFC'));
    expect(tag?.news.map((item) => item.id).sort()).toEqual(['ohjausryhma-kokoontui', 'talous-kaynnistyi']);
  });

  test('two spellings with one slug are an error with file:line:column', async () => {
    const { errors } = await contentSource(join(fixtures, 'duplicate-tag')).current();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5, column: 8, ruleId: 'slug', severity: 'error' });
    expect(errors[0]?.file.endsWith(join('news', 'sama-aihe.mdx'))).toBe(true);
    expect(errors[0]?.message).toContain('/paivystys/');
  });

  test('loaders that hear one change share one read; a later change is read again', async () => {
    const dir = await minimalCopy();
    const source = contentSource(dir);
    await source.current();
    const file = join(dir, 'reports', 'lape-vali.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('LAPE-ryhmän väliraportti', 'Ensimmäinen'));
    const together = [source.reload(), source.reload(), source.reload()];
    expect(new Set(together).size).toBe(1);
    expect((await together[0])?.loaded.content.reports[0]?.title).toBe('Ensimmäinen');
    await new Promise((resolve) => setImmediate(resolve));
    await writeFile(file, (await readFile(file, 'utf8')).replace('Ensimmäinen', 'Toinen'));
    const later = source.reload();
    expect(later).not.toBe(together[0]);
    expect((await later).loaded.content.reports[0]?.title).toBe('Toinen');
    expect((await source.current()).loaded.content.reports[0]?.title).toBe('Toinen');
  });

  test(`a value starting with ${astroImagePrefix} is an error at its place, not an image import`, async () => {
    const dir = await minimalCopy();
    const file = join(dir, 'reports', 'lape-vali.mdx');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('title: LAPE-ryhmän väliraportti', `title: ${astroImagePrefix}../../salaisuus.png`),
    );
    const { errors } = await contentSource(dir).current();
    expect(errors).toEqual([
      expect.objectContaining({ file, line: 2, column: 8, severity: 'error', ruleId: 'reserved' }),
    ]);
    expect(errors[0]?.message).toContain('kentän title');
  });
});

describe('contentErrorOf', () => {
  const message = {
    file: '/c/site.yaml',
    line: 1,
    column: 1,
    message: 'virhe',
    severity: 'error',
    ruleId: 'x',
  } as const;

  test('finds a content error from another module instance inside the causes Astro adds', () => {
    // Astro runs the loader in its own module graph: the class there is not this one.
    const foreign = Object.assign(new Error('Sisällössä on virheitä'), {
      name: 'ContentError',
      messages: [message],
    });
    const wrapped = new Error('[content] sync failed', {
      cause: new Error('loader failed', { cause: foreign }),
    });
    const found = contentErrorOf(wrapped);
    expect(found).toBeInstanceOf(ContentError);
    expect(found?.messages).toEqual([message]);
  });

  test('leaves other errors alone', () => {
    expect(contentErrorOf(new Error('ENOSPC'))).toBeUndefined();
    expect(
      contentErrorOf(Object.assign(new Error('x'), { name: 'ContentError', messages: ['no'] })),
    ).toBeUndefined();
  });
});
