/**
 * The site model of the collections the content loader filled (src/content.config.ts), built
 * once per data store: the same store gives the same entry objects, so the model is kept for the
 * `site` entry it was built from, and a store refilled under `pnpm dev` gives a new one.
 */

import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { CollectionName, Content, Language } from '@valmistelu/domain/schema';
import { nestHeadings, type TocHeading } from '@valmistelu/markdown/table-of-contents';
import {
  type BodyCollection,
  createSiteModel,
  type RenderedBodies,
  type SiteModel,
} from './create-site-model.ts';
import type { BodyImageRef, LeadImageRef, RenderedBody } from './views/render-body.ts';

export type { BodyCollection, Handling, SiteModel, Tag } from './create-site-model.ts';

const models = new WeakMap<object, Map<Language, Promise<SiteModel>>>();

/** The table of contents the loader stored as Astro's `headings`: depth, slug and text each. */
function storedHeadings(value: unknown): TocHeading[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((heading: unknown) => {
    const { depth, slug, text } = (heading ?? {}) as Record<string, unknown>;
    return typeof depth === 'number' && typeof slug === 'string' && typeof text === 'string'
      ? [{ depth, id: slug, text }]
      : [];
  });
}

/** The image files the loader stored with a body (`images`): id and digest each. */
function storedImages(value: unknown): BodyImageRef[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((image: unknown) => {
    const { id, digest } = (image ?? {}) as Record<string, unknown>;
    return typeof id === 'string' && typeof digest === 'string' ? [{ id, digest }] : [];
  });
}

/** A news item's own picture as the loader stored it (`leadImage`), when it has one. */
function storedLeadImage(value: unknown): { leadImage?: LeadImageRef } {
  const { id, digest, alt, width, height } = (value ?? {}) as Record<string, unknown>;
  return typeof id === 'string' &&
    typeof digest === 'string' &&
    typeof alt === 'string' &&
    typeof width === 'number' &&
    typeof height === 'number'
    ? { leadImage: { id, digest, alt, width, height } }
    : {};
}

function renderedBodies(entries: readonly CollectionEntry<BodyCollection>[]): Map<string, RenderedBody> {
  return new Map(
    entries.map((entry) => [
      entry.id,
      {
        html: entry.rendered?.html ?? '',
        toc: nestHeadings(storedHeadings(entry.rendered?.metadata?.headings)),
        images: storedImages(entry.rendered?.metadata?.images),
        ...storedLeadImage(entry.rendered?.metadata?.leadImage),
      },
    ]),
  );
}

/**
 * A collection's items in the content's order: Astro's store keeps entries sorted by id, so the
 * loader records each collection's order in `contentOrder`.
 */
async function inContentOrder<C extends CollectionName>(collection: C) {
  const [entries, order] = await Promise.all([
    getCollection(collection),
    getEntry('contentOrder', collection),
  ]);
  const position = new Map((order?.data.ids ?? []).map((id, index) => [id, index]));
  const at = (id: string) => position.get(id) ?? Number.POSITIVE_INFINITY;
  return entries.sort((a, b) => at(a.id) - at(b.id));
}

async function modelOfStore(language: Language): Promise<SiteModel> {
  const [site, reportTemplate, people, bodies, lines, groups, reports, meetings, timelines, news, channels] =
    await Promise.all([
      getEntry('site', 'site'),
      getEntry('reportTemplate', 'report-template'),
      inContentOrder('people'),
      inContentOrder('bodies'),
      inContentOrder('lines'),
      inContentOrder('groups'),
      inContentOrder('reports'),
      inContentOrder('meetings'),
      inContentOrder('timelines'),
      inContentOrder('news'),
      inContentOrder('channels'),
    ]);
  if (!site || !reportTemplate)
    throw new Error('Sisältöä ei ole ladattu: site.yaml tai report-template.yaml puuttuu.');
  const data = <T>(entries: readonly { data: T }[]) => entries.map((entry) => entry.data);
  const content: Content = {
    site: site.data,
    reportTemplate: reportTemplate.data,
    people: data(people),
    bodies: data(bodies),
    lines: data(lines),
    groups: data(groups),
    reports: data(reports),
    meetings: data(meetings),
    timelines: data(timelines),
    news: data(news),
    channels: data(channels),
  };
  const rendered = { reports: renderedBodies(reports), news: renderedBodies(news) };
  if (language === content.site.languages[0]) return createSiteModel(content, rendered);
  return createSiteModel(...(await translated(language, content, rendered)));
}

/**
 * The content in another language: each translated item in place of its original, the rest as
 * in the main language, which `SiteModel.isTranslated` tells apart.
 */
async function translated(
  language: Language,
  content: Content,
  rendered: RenderedBodies,
): Promise<Parameters<typeof createSiteModel>> {
  const entries = (await getCollection('translations')).filter((entry) => entry.data.language === language);
  const ids = new Map<string, Set<string>>();
  const items = new Map<string, unknown>();
  const bodies = { reports: new Map(rendered.reports), news: new Map(rendered.news) };
  const translatedContent = { ...content } as Record<string, unknown>;
  for (const entry of entries) {
    const { collection, id, item, bodyTranslated } = entry.data;
    if (collection === 'site') {
      translatedContent.site = item;
      continue;
    }
    ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
    items.set(`${collection}/${id}`, item);
    if ((collection === 'news' || collection === 'reports') && !bodyTranslated) {
      const original = rendered[collection].get(id);
      if (original) bodies[collection].set(id, { ...original, lang: content.site.languages[0] ?? 'fi' });
    }
    if ((collection === 'news' || collection === 'reports') && bodyTranslated) {
      const original = rendered[collection].get(id);
      bodies[collection].set(id, {
        html: entry.rendered?.html ?? '',
        toc: nestHeadings(storedHeadings(entry.rendered?.metadata?.headings)),
        images: storedImages(entry.rendered?.metadata?.images),
        // The picture is the original's; its description is the translation's (`imageAlt`).
        ...(original?.leadImage && {
          leadImage: {
            ...original.leadImage,
            alt: (item as { imageAlt?: string }).imageAlt ?? original.leadImage.alt,
          },
        }),
      });
    }
  }
  for (const name of Object.keys(content) as (keyof Content)[]) {
    const list = content[name];
    if (!Array.isArray(list) || !ids.has(name)) continue;
    translatedContent[name] = list.map((item: { id: string }) => items.get(`${name}/${item.id}`) ?? item);
  }
  return [
    translatedContent as unknown as Content,
    bodies,
    { language, isTranslated: (collection, id) => ids.get(collection)?.has(id) ?? false },
  ];
}

/** The site model in a language of the site (by default its main language). */
export async function getSiteModel(language: Language = 'fi'): Promise<SiteModel> {
  const site = await getEntry('site', 'site');
  if (!site) return modelOfStore(language);
  let byLanguage = models.get(site.data);
  if (!byLanguage) {
    byLanguage = new Map();
    models.set(site.data, byLanguage);
  }
  let model = byLanguage.get(language);
  if (!model) {
    model = modelOfStore(language);
    byLanguage.set(language, model);
  }
  return model;
}
