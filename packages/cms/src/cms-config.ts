/**
 * Sveltia CMS's configuration, generated from the content model: one collection per collection
 * of the content folder as `@valmistelu/content` lays it out, with fields from the domain's zod
 * schemas. Pure: the same schemas and options give the same configuration.
 */
import {
  type CollectionLayout,
  collectionLayouts,
  reportTemplateFile,
  siteFile,
} from '@valmistelu/content/collections';
import { maxImageBytes } from '@valmistelu/content/image-file';
import { collectionLabels } from '@valmistelu/domain/labels';
import {
  type CollectionName,
  type Content,
  reportTemplateSchema,
  siteFileSchema,
} from '@valmistelu/domain/schema';
import { entrySlugMaxLength } from '@valmistelu/domain/slug';
import { type ObjectShape, translationShapeOf } from '@valmistelu/domain/translation';
import type { z } from 'zod';
import type { CmsField } from './cms-field.ts';
import { collectionPlurals } from './field-labels.ts';
import { toSchemaNode } from './json-schema.ts';
import { meetingDefaults, reportDefaults, reportsDescription } from './new-entry-defaults.ts';
import { fieldOf, fieldsOf, type RelationTarget, type RelationTargets } from './schema-fields.ts';
import { i18nOptions, translatedBody, translatedFields } from './translated-fields.ts';

export type CmsBackend =
  | { name: 'test-repo' }
  | {
      name: 'github' | 'gitlab' | 'gitea';
      repo: string;
      branch?: string;
      base_url?: string;
      api_root?: string;
      app_id?: string;
      auth_methods?: ('oauth' | 'token')[];
    };

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The content folder's path from the repository root, as the git backend sees it: `content`. */
  contentPath?: string;
  /** Where each collection lives and which schema reads it; the content package's by default. */
  layouts?: Readonly<Record<CollectionName, CollectionLayout>>;
  siteSchema?: z.ZodType;
  reportTemplateSchema?: z.ZodType;
  /** The content as loaded, so that a new report or meeting starts like `valmistelu new` makes it. */
  content?: Content;
  /** "Today" for a new meeting's agenda: the reports submitted by then. */
  today?: string;
  /** Ids of the editor components the body editor offers (`editor-components.ts`). */
  editorComponents?: readonly string[];
  siteUrl?: string;
  /** The site's languages, the main one first; `content`'s `site.languages` by default, else `[fi]`. */
  languages?: readonly string[];
}

type Collection = Record<string, unknown>;

/** Order in the editor's list: what writers publish first, then the organisation's data. */
const publishedCollections = ['news', 'reports', 'meetings'] as const satisfies readonly CollectionName[];
const dataCollections = [
  'groups',
  'people',
  'bodies',
  'lines',
  'timelines',
  'channels',
] as const satisfies readonly CollectionName[];

const icons: Record<CollectionName, string> = {
  news: 'newspaper',
  reports: 'description',
  meetings: 'event',
  groups: 'groups',
  people: 'person',
  bodies: 'account_balance',
  lines: 'account_tree',
  timelines: 'timeline',
  channels: 'campaign',
};

/** How each new item's file name is made, like the CLI's `new`: from its title, or body and date. */
const slugTemplates: Partial<Record<CollectionName, string>> = {
  meetings: '{{body}}-{{date}}',
  groups: '{{name}}',
};

/**
 * How an item reads in the collection's list: its title, its day as the site writes it, and
 * whether the public cannot see it yet (a draft, a news item scheduled for later) or it is example
 * material. Sveltia's template transformations; a field the item lacks adds nothing.
 */
const listSummaries: Partial<Record<CollectionName, string>> = {
  news: "{{title}} · {{date | date('D.M.YYYY')}}{{draft | ternary(' · luonnos', '')}}{{publishAt | ternary(' · ajastettu', '')}}{{example | ternary(' · esimerkki', '')}}",
  reports:
    "{{title}}{{submitted | ternary(' · jätetty ', '')}}{{submitted | date('D.M.YYYY')}}{{draft | ternary(' · luonnos', '')}}{{example | ternary(' · esimerkki', '')}}",
  meetings:
    "{{date | date('D.M.YYYY')}}{{draft | ternary(' · luonnos', '')}}{{example | ternary(' · esimerkki', '')}}",
};

/** The field shown as an item's title in lists. */
const identifierFields: Partial<Record<CollectionName, string>> = {
  groups: 'name',
  meetings: 'date',
};

const listItemsField = 'items';

/**
 * A report is the group's word to the steering bodies: with a git host, saving one opens a merge
 * request (Sveltia's editorial workflow) that `valmistelu check` annotates and a reviewer approves,
 * rather than a commit to the main branch. Sveltia supports the workflow on GitHub and GitLab.
 */
function reviewsBeforePublication(backend: CmsBackend): boolean {
  return backend.name === 'github' || backend.name === 'gitlab';
}

/**
 * Where a body's images go: a `kuvat` folder beside the item's file, written in the body as
 * `kuvat/<name>`, the address `@valmistelu/content` reads from the body's own folder.
 */
const bodyMediaFolder = 'kuvat';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinPath(...parts: string[]): string {
  return parts.filter(Boolean).join('/');
}

/** The field that names an item of a collection where the editor lists or offers it. */
function shownField(name: CollectionName): string {
  return name === 'reports' || name === 'news' || name === 'timelines' ? 'title' : 'name';
}

export function relationTargets(
  layouts: Readonly<Record<CollectionName, CollectionLayout>>,
): RelationTargets {
  const targets: Record<string, RelationTarget> = {};
  for (const [name, layout] of Object.entries(layouts) as [CollectionName, CollectionLayout][]) {
    const shown = shownField(name);
    targets[name] =
      layout.kind === 'list'
        ? {
            collection: name,
            file: name,
            value_field: `${listItemsField}.*.id`,
            display_fields: [`${listItemsField}.*.${shown}`],
            search_fields: [`${listItemsField}.*.${shown}`, `${listItemsField}.*.id`],
          }
        : {
            collection: name,
            value_field: '{{slug}}',
            display_fields: [shown],
            search_fields: [shown, '{{slug}}'],
          };
  }
  return targets;
}

function bodyField(options: CmsConfigOptions, name: CollectionName): CmsField {
  const body = name === 'reports' && options.content ? reportDefaults(options.content).body : undefined;
  return {
    name: 'body',
    label: 'Teksti',
    widget: 'richtext',
    ...(body !== undefined && { default: body }),
    editor_components: [...(options.editorComponents ?? [])],
    // Sveltia's linked image is its own component, which would bypass ours (`imageComponent`).
    linked_images: false,
  };
}

/**
 * Fields a writer never sets: `example` marks the project's own example material. Hidden, the
 * editor keeps the value a file has and adds none to a new one.
 */
const unwrittenFields = new Set(['example']);

function hideUnwritten(field: CmsField): CmsField {
  if (!unwrittenFields.has(field.name)) return field;
  return { name: field.name, label: field.label, widget: 'hidden' };
}

/** The site's languages: with more than one, translations are edited beside their originals. */
export function languagesOf(options: CmsConfigOptions): readonly string[] {
  return options.languages ?? options.content?.site.languages ?? ['fi'];
}

/** What a translation of the schema's items holds, when the site has translations. */
function translationOf(options: CmsConfigOptions, schema: z.ZodType): ObjectShape | undefined {
  if (!i18nOptions(languagesOf(options))) return undefined;
  const shape = translationShapeOf(schema);
  return shape?.kind === 'object' ? shape : undefined;
}

/** `content/bodies.yaml` → `content/bodies.{{locale}}.yaml`: Sveltia's name for each language's file. */
function localisedFile(path: string): string {
  return path.replace(/(\.[a-z]+)$/, '.{{locale}}$1');
}

function withDefaults(fields: CmsField[], defaults: Readonly<Record<string, unknown>>): CmsField[] {
  return fields.map((field) =>
    field.name in defaults ? { ...field, default: defaults[field.name] } : field,
  );
}

function collectionOf(
  name: CollectionName,
  layout: CollectionLayout,
  options: CmsConfigOptions,
  targets: RelationTargets,
): Collection {
  const contentPath = options.contentPath ?? 'content';
  const plural = collectionPlurals[name];
  const singular = capitalise(collectionLabels[name]);
  const main = languagesOf(options)[0] ?? 'fi';
  if (layout.kind === 'list') {
    const items: CmsField = {
      ...fieldOf(listItemsField, { type: 'array', items: toSchemaNode(layout.schema) }, true, targets),
      label: plural,
      label_singular: singular,
      // Each item by its name, not "Henkilöt 1".
      summary: `{{fields.${shownField(name)}}}`,
      root: true,
    };
    const file = joinPath(contentPath, layout.file);
    // Lines are of two kinds (a union): Sveltia would write each translated line's `kind` into
    // `lines.sv.yaml`, which a translation may not hold; that file is written by hand.
    const translation = items.types ? undefined : translationOf(options, layout.schema);
    return {
      name,
      label: plural,
      icon: icons[name],
      ...(translation && { i18n: true }),
      files: [
        {
          name,
          label: plural,
          file: translation ? localisedFile(file) : file,
          // Sveltia asks for it on the file as well as the collection when the path has `{{locale}}`.
          ...(translation && { i18n: true }),
          fields: translation
            ? translatedFields(
                [items],
                { kind: 'object', fields: { [listItemsField]: { kind: 'array', element: translation } } },
                main,
              )
            : [items],
        },
      ],
    };
  }
  const translation = translationOf(options, layout.schema);
  const fields = fieldsOf(toSchemaNode(layout.schema), targets);
  const isMdx = layout.extension === '.mdx';
  // A new report's state is the one schema default the editor fills in: `valmistelu new` writes it,
  // and the placeholder rule reads the file's own `state`. (An existing report without a state
  // gets `state: draft`, which is what it means, when saved; the content has none.)
  const defaults =
    name === 'meetings' && options.content && options.today
      ? meetingDefaults(options.content, options.today)
      : name === 'reports' && options.content
        ? { state: reportDefaults(options.content).state }
        : {};
  const description = name === 'reports' && options.content ? reportsDescription : undefined;
  const shown = withDefaults(fields, defaults).map(hideUnwritten);
  return {
    name,
    label: plural,
    label_singular: singular,
    icon: icons[name],
    folder: joinPath(contentPath, layout.folder),
    extension: layout.extension.slice(1),
    format: isMdx ? 'frontmatter' : 'yaml',
    identifier_field: identifierFields[name] ?? 'title',
    ...(slugTemplates[name] && { slug: slugTemplates[name] }),
    ...(listSummaries[name] && { summary: listSummaries[name] }),
    ...(description && { description }),
    ...(name === 'reports' &&
      reviewsBeforePublication(options.backend) && { publish_mode: 'editorial_workflow' }),
    ...(fields.some((field) => field.name === 'date') && {
      sortable_fields: {
        fields: ['date', identifierFields[name] ?? 'title'],
        default: { field: 'date', direction: 'descending' },
      },
    }),
    ...(isMdx && { media_folder: bodyMediaFolder, public_folder: bodyMediaFolder }),
    ...(translation && { i18n: true }),
    fields: [
      ...(translation ? translatedFields(shown, translation, main) : shown),
      ...(isMdx
        ? [translation ? translatedBody(bodyField(options, name), main) : bodyField(options, name)]
        : []),
    ],
  };
}

function settingsCollection(options: CmsConfigOptions, targets: RelationTargets): Collection {
  const contentPath = options.contentPath ?? 'content';
  const siteSchema = options.siteSchema ?? siteFileSchema;
  // The file's schema: a writer may leave `asOf` out, and each build then takes its own day.
  const siteFields = fieldsOf(toSchemaNode(siteSchema), targets);
  // The site's name and description in each language: `site.sv.yaml` beside `site.yaml`.
  const translation = translationOf(options, siteSchema);
  const file = joinPath(contentPath, siteFile);
  return {
    name: 'settings',
    label: 'Asetukset',
    icon: 'settings',
    ...(translation && { i18n: true }),
    files: [
      {
        name: 'site',
        label: 'Sivusto',
        file: translation ? localisedFile(file) : file,
        ...(translation && { i18n: true }),
        fields: translation
          ? translatedFields(siteFields, translation, languagesOf(options)[0] ?? 'fi')
          : siteFields,
      },
      {
        name: 'report-template',
        label: 'Raporttipohja',
        file: joinPath(contentPath, reportTemplateFile),
        // One template, in the main language.
        ...(translation && { i18n: false }),
        fields: fieldsOf(toSchemaNode(options.reportTemplateSchema ?? reportTemplateSchema), targets),
      },
    ],
  };
}

export function buildCmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const layouts = options.layouts ?? collectionLayouts;
  const targets = relationTargets(layouts);
  const collectionFor = (name: CollectionName) => collectionOf(name, layouts[name], options, targets);
  const i18n = i18nOptions(languagesOf(options));
  return {
    backend: options.backend,
    ...(i18n && { i18n }),
    ...(options.siteUrl && { site_url: options.siteUrl }),
    app_title: 'Sisällönhallinta',
    // Images added outside a body's form (the editor's own media page): `content/kuvat`, written
    // as `/kuvat/<name>`, which the content reads from the content folder's root.
    media_folder: joinPath(options.contentPath ?? 'content', bodyMediaFolder),
    public_folder: `/${bodyMediaFolder}`,
    media_libraries: {
      // The content's own limit; names like `Kuva 1 (2).JPG` become `kuva-1-2.jpg`.
      default: { config: { max_file_size: maxImageBytes, slugify_filename: true } },
      // Stock photo services would send the writers' searches to other hosts.
      stock_assets: false,
    },
    // `clean_accents` is where the bundle calls the domain's `entrySlug` (`localise-sveltia.ts`).
    slug: { encoding: 'ascii', clean_accents: true, maxlength: entrySlugMaxLength },
    output: { omit_empty_optional_fields: true },
    // No `{ divider: true }` between the published and the data collections: Sveltia draws it as
    // a role="separator" inside its collection tree, which ARIA does not allow there (axe-core's
    // aria-required-children).
    collections: [
      ...publishedCollections.map(collectionFor),
      ...dataCollections.map(collectionFor),
      settingsCollection(options, targets),
    ],
  };
}
