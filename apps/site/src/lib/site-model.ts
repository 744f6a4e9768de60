/**
 * The site model of the collections the content loader filled (src/content.config.ts), built
 * once per data store: the same store gives the same entry objects, so the model is kept for the
 * `site` entry it was built from, and a store refilled under `pnpm dev` gives a new one.
 */

import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { CollectionName } from '@valmistelu/domain/schema';
import { nestHeadings, type TocHeading } from '@valmistelu/markdown/table-of-contents';
import { type BodyCollection, createSiteModel, type SiteModel } from './create-site-model.ts';
import type { BodyImageRef, LeadImageRef, RenderedBody } from './views/render-body.ts';

export type { BodyCollection, Handling, SiteModel, Tag } from './create-site-model.ts';

const models = new WeakMap<object, Promise<SiteModel>>();

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

async function modelOfStore(): Promise<SiteModel> {
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
  const content = {
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
  return createSiteModel(content, { reports: renderedBodies(reports), news: renderedBodies(news) });
}

export async function getSiteModel(): Promise<SiteModel> {
  const site = await getEntry('site', 'site');
  if (!site) return modelOfStore();
  let model = models.get(site.data);
  if (!model) {
    model = modelOfStore();
    models.set(site.data, model);
  }
  return model;
}
