/**
 * The generated configuration read back as Sveltia reads it: valid against Sveltia's own JSON
 * Schema, one collection per collection of the content folder, and each field's widget, label,
 * help text, default and required-ness taken from the domain's zod schemas.
 */

import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectionLayouts } from '@valmistelu/content/collections';
import { readImageFile } from '@valmistelu/content/image-file';
import { reportKindLabels } from '@valmistelu/domain/labels';
import { newsFrontmatterSchema, reportFrontmatterSchema } from '@valmistelu/domain/schema';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { cmsConfigYaml } from '../src/admin-files.ts';
import type { CmsField } from '../src/cms-field.ts';
import { adminFiles, backendFromEnvironment, buildCmsConfig, type CmsBackend } from '../src/index.ts';

interface Collection {
  name: string;
  folder?: string;
  media_folder?: string;
  public_folder?: string;
  extension?: string;
  format?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; fields: CmsField[] }[];
}

const config = buildCmsConfig({ backend: { name: 'test-repo' } });
const collections = config.collections as Collection[];

function collection(name: string): Collection {
  const found = collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}

function field(fields: readonly CmsField[] | undefined, path: string): CmsField {
  const [head, ...rest] = path.split('.');
  const found = fields?.find((candidate) => candidate.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length ? field(found.fields, rest.join('.')) : found;
}

/** The fields of a list file's items (people.yaml and the like). */
function listItemFields(name: string): CmsField[] {
  const items = collection(name).files?.[0]?.fields[0];
  return items?.fields ?? [];
}

describe('buildCmsConfig', () => {
  test('with GitHub or GitLab, reports go through review (Sveltia’s editorial workflow); nothing else does', () => {
    const collections = (backend: CmsBackend) =>
      buildCmsConfig({ backend }).collections as { name?: string; publish_mode?: string }[];
    for (const name of ['gitlab', 'github'] as const) {
      const modes = collections({ name, repo: 'maakunta/valmistelu' }).filter((c) => c.publish_mode);
      expect(modes.map((collection) => [collection.name, collection.publish_mode])).toEqual([
        ['reports', 'editorial_workflow'],
      ]);
    }
    expect(collections({ name: 'test-repo' }).some((collection) => collection.publish_mode)).toBe(false);
  });

  test('a build with a GitLab backend in its environment writes the reports’ workflow into config.yml', async () => {
    const backend = backendFromEnvironment({
      VALMISTELU_CMS_BACKEND: 'gitlab',
      VALMISTELU_CMS_REPO: 'maakunta/valmistelu',
    });
    if (!backend.ok) throw new Error(backend.message);
    const files = await adminFiles({ backend: backend.backend });
    const written = parse(String(files.get('config.yml'))) as {
      collections: { name?: string; publish_mode?: string }[];
    };
    expect(written.collections.find((collection) => collection.name === 'reports')?.publish_mode).toBe(
      'editorial_workflow',
    );
  });

  test('is valid against the JSON Schema that Sveltia CMS ships', () => {
    const root = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
    const schema = JSON.parse(readFileSync(join(root, 'schema/sveltia-cms.json'), 'utf8')) as object;
    const isRegex = (source: string) => {
      try {
        return Boolean(new RegExp(source));
      } catch {
        return false;
      }
    };
    const validate = new Ajv({
      strict: false,
      allErrors: true,
      formats: { regex: isRegex, uri: true },
    }).compile(schema);
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
    // So are the git hosts' settings, as read from the environment.
    for (const env of [
      { VALMISTELU_CMS_BACKEND: 'gitlab', VALMISTELU_CMS_BASE_URL: 'https://gitlab.example.fi' },
      { VALMISTELU_CMS_BACKEND: 'github', VALMISTELU_CMS_BRANCH: 'main' },
    ]) {
      const read = backendFromEnvironment({ ...env, VALMISTELU_CMS_REPO: 'maakunta/valmistelu' });
      if (!read.ok) throw new Error(read.message);
      validate(buildCmsConfig({ backend: read.backend }));
      expect(validate.errors ?? []).toEqual([]);
    }
    // The schema does judge fields: a widget's unknown option is refused.
    const news = collection('news');
    const broken = {
      ...config,
      collections: [{ ...news, fields: [{ name: 'x', widget: 'string', colour: 1 }] }],
    };
    expect(validate(broken)).toBe(false);
  });

  test('has a collection for every collection of the content folder, where the content keeps it', () => {
    for (const [name, layout] of Object.entries(collectionLayouts)) {
      const entry = collection(name);
      if (layout.kind === 'folder') {
        expect(entry.folder).toBe(`content/${layout.folder}`);
        expect(`.${entry.extension}`).toBe(layout.extension);
        expect(entry.format).toBe(layout.extension === '.mdx' ? 'frontmatter' : 'yaml');
      } else {
        expect(entry.files?.map((file) => file.file)).toEqual([`content/${layout.file}`]);
        expect(entry.files?.[0]?.fields[0]).toMatchObject({ widget: 'list', root: true });
      }
    }
    const settings = collection('settings').files?.map((file) => file.file);
    expect(settings).toEqual(['content/site.yaml', 'content/report-template.yaml']);
  });

  test('site settings edit the identity and contact details, colours with a picker', () => {
    const site = collection('settings').files?.find((file) => file.name === 'site');
    const field = (name: string, fields = site?.fields ?? []) =>
      fields.find((candidate) => candidate.name === name);
    const identity = field('identity');
    expect(identity).toMatchObject({ label: 'Sivuston ilme', widget: 'object', required: false });
    expect(field('logo', identity?.fields)).toMatchObject({ label: 'Tunnus (logo)', widget: 'string' });
    const colors = field('colors', identity?.fields);
    expect(field('primary', colors?.fields)).toMatchObject({
      label: 'Pääväri',
      widget: 'color',
      allowInput: true,
    });
    expect(field('accent', colors?.fields)).toMatchObject({ widget: 'color', required: false });
    const contact = field('contact');
    expect(contact?.fields?.map((entry) => [entry.name, entry.label])).toEqual([
      ['organisation', 'Organisaatio'],
      ['address', 'Osoite'],
      ['email', 'Sähköposti'],
      ['phone', 'Puhelin'],
    ]);
  });

  test('puts the content folder where the repository keeps it', () => {
    const elsewhere = buildCmsConfig({ backend: { name: 'test-repo' }, contentPath: 'alue/sisalto' });
    const news = (elsewhere.collections as Collection[]).find((entry) => entry.name === 'news');
    expect(news?.folder).toBe('alue/sisalto/news');
  });

  test('enumerations are selects with the domain’s Finnish labels', () => {
    const kind = field(collection('reports').fields, 'kind');
    expect(kind.widget).toBe('select');
    expect(kind.options).toEqual(
      Object.entries(reportKindLabels).map(([value, label]) => ({ value, label })),
    );
    // The schema's default is what an empty field means: said in the help text, never filled in
    // (Sveltia would write it into every file that leaves it out).
    const state = field(collection('reports').fields, 'state');
    expect(state).toMatchObject({ widget: 'select', required: false });
    expect(state.default).toBeUndefined();
    expect(state.hint).toMatch(/Tyhjänä: Luonnos\.$/);
  });

  test('no default but a switch is filled in, so a save adds nothing a file left out', () => {
    const defaults = (fields: readonly CmsField[]): CmsField[] =>
      fields.flatMap((entry) => [
        ...(entry.default !== undefined ? [entry] : []),
        ...defaults(entry.fields ?? []),
        ...(entry.types ?? []).flatMap((variant) => defaults(variant.fields)),
      ]);
    const filled = collections.flatMap((entry) =>
      defaults([...(entry.fields ?? []), ...(entry.files ?? []).flatMap((file) => file.fields)]),
    );
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.filter((entry) => entry.widget !== 'boolean' && entry.name !== 'body')).toEqual([]);
    const vote = field(field(field(collection('meetings').fields, 'agenda').fields, 'vote').fields, 'blank');
    expect(vote.hint).toMatch(/Tyhjänä: 0\.$/);
  });

  test('days are date pickers that store the content’s YYYY-MM-DD', () => {
    for (const path of ['date']) {
      expect(field(collection('news').fields, path)).toMatchObject({
        widget: 'datetime',
        type: 'date',
        format: 'YYYY-MM-DD',
      });
    }
    expect(field(collection('reports').fields, 'period.start')).toMatchObject({
      widget: 'datetime',
      type: 'date',
    });
    expect(field(collection('reports').fields, 'due')).toMatchObject({ widget: 'datetime', required: false });
  });

  test('months or days of a timeline are text with the format the schema accepts', () => {
    const start = field(collection('timelines').fields, 'start');
    expect(start.widget).toBe('string');
    const [pattern] = start.pattern ?? [''];
    expect(['2018-06', '2018-06-15'].every((value) => new RegExp(pattern).test(value))).toBe(true);
    expect(new RegExp(pattern).test('6/2018')).toBe(false);
  });

  test('references are relation fields over the collection they name, offering its ids', () => {
    expect(field(collection('reports').fields, 'group')).toMatchObject({
      widget: 'relation',
      collection: 'groups',
      value_field: '{{slug}}',
    });
    expect(field(collection('news').fields, 'author')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      file: 'people',
      value_field: 'items.*.id',
      required: false,
    });
    expect(field(collection('meetings').fields, 'body')).toMatchObject({
      widget: 'relation',
      collection: 'bodies',
    });
    expect(field(collection('meetings').fields, 'agenda.reports')).toMatchObject({
      widget: 'relation',
      collection: 'reports',
      multiple: true,
    });
    expect(field(collection('groups').fields, 'line')).toMatchObject({
      widget: 'relation',
      collection: 'lines',
    });
  });

  test('required fields are required, optional and defaulted ones not', () => {
    const news = collection('news').fields;
    expect(field(news, 'title').required).toBeUndefined();
    expect(field(news, 'summary').required).toBeUndefined();
    expect(field(news, 'tags').required).toBe(false);
    expect(field(news, 'author').required).toBe(false);
    expect(field(collection('meetings').fields, 'agenda')).toMatchObject({ widget: 'list', min: 1 });
  });

  test('help texts are the schema’s descriptions', () => {
    const summary = field(collection('news').fields, 'summary');
    expect(summary.hint).toBe(newsFrontmatterSchema.shape.summary.description);
    expect(summary.widget).toBe('text');
    expect(field(collection('reports').fields, 'due').hint).toBe(
      reportFrontmatterSchema.shape.due.description,
    );
  });

  test('a news item’s image is a PNG or JPEG file from the writer’s computer, with its text alternative', () => {
    const news = collection('news').fields;
    expect(field(news, 'image')).toMatchObject({
      label: 'Kuva',
      widget: 'image',
      accept: 'image/png,image/jpeg',
      choose_url: false,
      required: false,
    });
    expect(field(news, 'imageAlt')).toMatchObject({ label: 'Kuvan tekstivastine', widget: 'string' });
    expect(field(news, 'featured')).toMatchObject({ label: 'Nosto etusivulle', widget: 'boolean' });
  });

  test('an id keeps the schema’s Finnish message for its format', () => {
    const id = field(listItemFields('people'), 'id');
    expect(id.pattern?.[1]).toMatch(/tunniste saa sisältää vain pieniä kirjaimia/);
    expect(new RegExp(id.pattern?.[0] ?? '').test('terttu-nordman')).toBe(true);
  });

  test('lines, a union by kind, are list items of two types', () => {
    const items = collection('lines').files?.[0]?.fields[0];
    expect(items?.typeKey).toBe('kind');
    expect(items?.types?.map((type) => [type.name, type.label])).toEqual([
      ['line', 'Toimintalinja'],
      ['cross-cutting', 'Läpäisevä valmistelu'],
    ]);
    const line = items?.types?.[0]?.fields ?? [];
    expect(line.map((item) => item.name)).not.toContain('kind');
    expect(field(line, 'changeDirector')).toMatchObject({ widget: 'relation', collection: 'people' });
  });

  test('a field added to a schema appears in the configuration', () => {
    const extended = newsFrontmatterSchema.extend({
      subtitle: z.string().trim().min(1).optional().describe('Lyhyt alaotsikko otsikon alle.'),
      audience: z.enum(['kunnat', 'asukkaat']).default('asukkaat'),
    });
    const withField = buildCmsConfig({
      backend: { name: 'test-repo' },
      layouts: { ...collectionLayouts, news: { ...collectionLayouts.news, schema: extended } },
    });
    const news = (withField.collections as Collection[]).find((entry) => entry.name === 'news');
    expect(field(news?.fields, 'subtitle')).toEqual({
      name: 'subtitle',
      label: 'subtitle',
      widget: 'string',
      required: false,
      hint: 'Lyhyt alaotsikko otsikon alle.',
    });
    expect(field(news?.fields, 'audience')).toMatchObject({
      widget: 'select',
      hint: 'Tyhjänä: asukkaat.',
      options: [
        { value: 'kunnat', label: 'kunnat' },
        { value: 'asukkaat', label: 'asukkaat' },
      ],
    });
    expect(field(collection('news').fields, 'title')).toBeDefined();
    expect(() => field(collection('news').fields, 'subtitle')).toThrow();
  });

  test('MDX collections end with the body, edited with the project’s components', () => {
    const configured = buildCmsConfig({
      backend: { name: 'test-repo' },
      editorComponents: ['Action', 'Note'],
    });
    const reports = (configured.collections as Collection[]).find((entry) => entry.name === 'reports');
    expect(reports?.fields?.at(-1)).toMatchObject({
      name: 'body',
      widget: 'richtext',
      editor_components: ['Action', 'Note'],
    });
    expect(
      collection('meetings').fields?.some((item) => item.name === 'body' && item.widget === 'richtext'),
    ).toBe(false);
  });

  test('an image the editor saves with a body is where the address it writes finds it', async () => {
    const png = join(import.meta.dirname, '../../pdf/test/fixtures/mdast/image/kuvat/piste.png');
    const repository = await mkdtemp(join(tmpdir(), 'valmistelu-cms-media-'));
    try {
      for (const name of ['news', 'reports']) {
        const { folder = '', media_folder = '', public_folder = '' } = collection(name);
        // Sveltia: a collection's relative media folder is beside the entry, its public path the address.
        expect(media_folder).toBe('kuvat');
        await mkdir(join(repository, folder, media_folder), { recursive: true });
        await copyFile(png, join(repository, folder, media_folder, 'kaavio.png'));
        const entry = join(repository, folder, 'uusi.mdx');
        await writeFile(entry, `![Kaavio](${public_folder}/kaavio.png)\n`);
        const found = await readImageFile(`${public_folder}/kaavio.png`, entry, join(repository, 'content'));
        expect(found).toMatchObject({ ok: true, path: join(repository, folder, 'kuvat/kaavio.png') });
      }
      // The editor's own media page: `content/kuvat`, addressed from the content folder's root.
      expect(config.media_folder).toBe('content/kuvat');
      await mkdir(join(repository, 'content/kuvat'), { recursive: true });
      await copyFile(png, join(repository, 'content/kuvat/logo.png'));
      const entry = join(repository, collection('news').folder ?? '', 'uusi.mdx');
      const found = await readImageFile(
        `${config.public_folder}/logo.png`,
        entry,
        join(repository, 'content'),
      );
      expect(found).toMatchObject({ ok: true, path: join(repository, 'content/kuvat/logo.png') });
    } finally {
      await rm(repository, { recursive: true, force: true });
    }
  });

  test('uploads are limited to what the content accepts, and no stock photo service is asked', () => {
    expect(config.media_libraries).toEqual({
      default: { config: { max_file_size: 10 * 1024 * 1024, slugify_filename: true } },
      stock_assets: false,
    });
  });

  test('the body editor offers the image component, which replaces Sveltia’s own', () => {
    const served = parse(cmsConfigYaml({ backend: { name: 'test-repo' } })) as { collections: Collection[] };
    for (const name of ['news', 'reports']) {
      const body = served.collections.find((entry) => entry.name === name)?.fields?.at(-1);
      expect(body?.editor_components).toContain('image');
      // Sveltia's linked image would be its own component, with the text alternative optional.
      expect(body?.linked_images).toBe(false);
    }
  });
});

describe('the editor in Finnish', () => {
  test('lists show the day as the site writes it and whether an item is public yet', () => {
    const collections = buildCmsConfig({ backend: { name: 'test-repo' } }).collections as {
      name?: string;
      summary?: string;
      files?: { fields: { summary?: string }[] }[];
    }[];
    const summary = (name: string) => collections.find((collection) => collection.name === name)?.summary;
    expect(summary('news')).toContain("{{date | date('D.M.YYYY')}}");
    for (const name of ['news', 'reports', 'meetings'])
      expect(summary(name)).toContain("{{draft | ternary(' · luonnos', '')}}");
    expect(summary('news')).toContain("{{publishAt | ternary(' · ajastettu', '')}}");
    const people = collections.find((collection) => collection.name === 'people');
    expect(people?.files?.[0]?.fields[0]?.summary).toBe('{{fields.name}}');
  });

  test('fields writers never set are hidden: the example switch', () => {
    const collections = buildCmsConfig({ backend: { name: 'test-repo' } }).collections as {
      name?: string;
      fields?: { name: string; widget?: string }[];
    }[];
    const examples = collections.flatMap((collection) =>
      (collection.fields ?? []).filter((field) => field.name === 'example').map((field) => field.widget),
    );
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(new Set(examples)).toEqual(new Set(['hidden']));
  });

  test('Sveltia’s loanwords and English are replaced in the Finnish strings it is served', async () => {
    const files = await adminFiles({ backend: { name: 'test-repo' } });
    const finnish = String(files.get('locales/fi.json'));
    expect(finnish).not.toMatch(/ssett|Backlink|"Slug"|kielen \{\$locale\}/);
    const strings = JSON.parse(finnish) as Record<string, unknown>;
    expect(strings.asset_library).toBe('Tiedostokirjasto');
    expect(strings.slug).toBe('Tiedostonimi');
    expect(strings.edit_x_locale).toBe('Muokkaa sisältöä');
    expect(strings.select_item).toBe('Valitse {$name}');
  });
});
