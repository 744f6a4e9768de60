/**
 * Translations in the editor: with `languages: [fi, sv]` in the site settings, Sveltia's i18n
 * opens `X.mdx` and `X.sv.mdx` as one item, and a translation's form holds exactly the fields a
 * translation may hold (the domain's translation shapes), the text ones editable, the keys copied.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, translationFileOf } from '@valmistelu/content';
import { collectionLayouts } from '@valmistelu/content/collections';
import { siteFileSchema } from '@valmistelu/domain/schema';
import { type TranslationShape, translationShapeOf } from '@valmistelu/domain/translation';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import type { CmsField } from '../src/cms-field.ts';
import { adminFiles, buildCmsConfig } from '../src/index.ts';

interface Collection {
  name: string;
  folder?: string;
  extension?: string;
  i18n?: unknown;
  fields?: CmsField[];
  files?: { name: string; file: string; i18n?: unknown; fields: CmsField[] }[];
}

const contentDir = join(fileURLToPath(new URL('../../../', import.meta.url)), 'content');
const { content } = await loadContent(contentDir);
const bilingual = buildCmsConfig({ backend: { name: 'test-repo' }, content, today: content.site.asOf });
const collections = bilingual.collections as Collection[];

function collection(name: string): Collection {
  const found = collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}

function field(fields: readonly CmsField[] | undefined, name: string): CmsField {
  const found = fields?.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** The paths of the fields Sveltia writes into a translation: translated or copied ones. */
function writtenInTranslation(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((entry) => {
    if (entry.i18n !== true && entry.i18n !== 'duplicate') return [];
    const path = `${prefix}${entry.name}`;
    const inner = [...(entry.fields ?? []), ...(entry.types ?? []).flatMap((variant) => variant.fields)];
    return inner.length ? [path, ...writtenInTranslation(inner, `${path}.`)] : [path];
  });
}

/** The paths a translation may hold, from the domain's shape. */
function shapePaths(shape: TranslationShape, prefix = ''): string[] {
  if (shape.kind === 'text' || shape.kind === 'key') return [];
  const fields = shape.kind === 'object' ? shape.fields : shape.element.fields;
  return Object.entries(fields).flatMap(([name, inner]) => [
    `${prefix}${name}`,
    ...shapePaths(inner, `${prefix}${name}.`),
  ]);
}

describe('a site in Finnish and Swedish', () => {
  test("uses Sveltia's i18n with one file per language, the main language's name unchanged", () => {
    expect(content.site.languages).toEqual(['fi', 'sv']);
    expect(bilingual.i18n).toEqual({
      structure: 'multiple_files',
      locales: ['fi', 'sv'],
      default_locale: 'fi',
      omit_default_locale_from_file_path: true,
      initial_locales: 'default',
    });
  });

  test('translates the text fields of a news item, keeps its day and switches in the original', () => {
    const news = collection('news');
    expect(news.i18n).toBe(true);
    for (const name of ['title', 'summary', 'body']) {
      expect(field(news.fields, name)).toMatchObject({ i18n: true, required: ['fi'] });
    }
    for (const name of ['date', 'tags', 'draft', 'featured', 'image'])
      expect(field(news.fields, name).i18n).toBeUndefined();
  });

  test("a meeting's agenda items are matched by their number, copied into the translation", () => {
    const agenda = field(collection('meetings').fields, 'agenda');
    expect(agenda.i18n).toBe(true);
    expect(field(agenda.fields, 'number').i18n).toBe('duplicate');
    expect(field(agenda.fields, 'title')).toMatchObject({ i18n: true, required: ['fi'] });
    expect(field(agenda.fields, 'proposal').i18n).toBe(true);
  });

  test('each form writes into a translation exactly the fields a translation may hold', () => {
    for (const [name, layout] of Object.entries(collectionLayouts)) {
      const shape = translationShapeOf(layout.schema);
      // Lines: see the next test.
      if (!shape || name === 'lines') continue;
      const entry = collection(name);
      const written = entry.fields
        ? writtenInTranslation(entry.fields).filter((path) => path !== 'body')
        : writtenInTranslation(entry.files?.[0]?.fields ?? [])
            .filter((path) => path !== 'items')
            .map((path) => path.slice('items.'.length));
      expect({ name, written: written.sort() }).toEqual({ name, written: shapePaths(shape).sort() });
    }
    const site = collection('settings').files?.find((file) => file.name === 'site');
    const siteShape = translationShapeOf(siteFileSchema);
    if (!siteShape) throw new Error('the site settings have no text');
    expect(writtenInTranslation(site?.fields ?? []).sort()).toEqual(shapePaths(siteShape).sort());
  });

  test("lines, of two kinds, are not translated in the editor: it would write each line's kind", () => {
    expect(collection('lines').i18n).toBeUndefined();
    expect(collection('lines').files?.[0]?.file).toBe('content/lines.yaml');
  });

  test('list files and the site settings get their translation beside them', () => {
    // Sveltia refuses a `{{locale}}` path unless the file itself has `i18n` as well.
    expect(collection('bodies').files?.[0]).toMatchObject({
      file: 'content/bodies.{{locale}}.yaml',
      i18n: true,
    });
    expect(collection('bodies').i18n).toBe(true);
    const settings = collection('settings').files ?? [];
    expect(settings.find((file) => file.name === 'site')).toMatchObject({
      file: 'content/site.{{locale}}.yaml',
      i18n: true,
    });
    for (const entry of collections)
      for (const file of entry.files ?? [])
        if (file.file.includes('{{locale}}'))
          expect({ file: file.file, i18n: file.i18n }).toMatchObject({ i18n: true });
    // One report template, in the main language.
    expect(settings.find((file) => file.name === 'report-template')).toMatchObject({
      file: 'content/report-template.yaml',
      i18n: false,
    });
  });

  test('every translation in the content is a language of an item, not an item of its own', async () => {
    const files = (await readdir(contentDir, { recursive: true })).filter((path) => translationFileOf(path));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const path of files) {
      const original = translationFileOf(path)?.original ?? '';
      const owner = collections.find((entry) =>
        entry.folder
          ? original.startsWith(`${relative('content', entry.folder)}/`) &&
            original.endsWith(`.${entry.extension}`)
          : entry.files?.some((file) => file.file.replace('.{{locale}}', '') === `content/${original}`),
      );
      // Lines are translated by hand (cms-config.ts: Sveltia would write each line's `kind`).
      const byHand = original === 'lines.yaml';
      expect(owner, path).toBeDefined();
      expect({ path, i18n: owner?.i18n }).toEqual({ path, i18n: byHand ? undefined : true });
    }
  });

  test('is valid against the JSON Schema that Sveltia CMS ships', () => {
    const root = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
    const schema = JSON.parse(readFileSync(join(root, 'schema/sveltia-cms.json'), 'utf8')) as object;
    const validate = new Ajv({
      strict: false,
      allErrors: true,
      formats: { regex: () => true, uri: true },
    }).compile(schema);
    validate(bilingual);
    expect(validate.errors ?? []).toEqual([]);
  });

  test("the forms' headings name the language", async () => {
    const files = await adminFiles({ backend: { name: 'test-repo' }, languages: ['fi', 'sv'] });
    const strings = JSON.parse(String(files.get('locales/fi.json'))) as Record<string, unknown>;
    expect(strings.edit_x_locale).toBe('Muokkaa kielen {$locale} sisältöä');
  });
});

describe('a site in Finnish only', () => {
  test('has no i18n, and its list files and items keep one file each', () => {
    const config = buildCmsConfig({ backend: { name: 'test-repo' }, languages: ['fi'] });
    expect(config.i18n).toBeUndefined();
    const all = config.collections as Collection[];
    expect(all.filter((entry) => entry.i18n !== undefined)).toEqual([]);
    expect(JSON.stringify(all)).not.toMatch(/"i18n"|\{\{locale\}\}/);
  });
});
