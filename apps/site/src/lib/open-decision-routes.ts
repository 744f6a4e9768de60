/**
 * The routes of the 6Aika Open Decisions API's static files, in each language of the site: the
 * main language's under `/data/paatos/`, another's copy under its code (`/sv/data/paatos/`),
 * only when the site publishes that language. The specification's texts are single strings
 * (its early `{ fi, sv }` maps were removed in the version followed, e8aade4), so a language is a
 * copy with the same objects and ids.
 */

import {
  type OpenDecisionObject,
  type OpenDecisionResource,
  openDecisionList,
  openDecisionObjectResources,
  openDecisionResources,
} from '@valmistelu/domain/open-decisions';
import type { Language } from '@valmistelu/domain/schema';
import { publishesIn } from './i18n/localized-pages.ts';
import { openDecisionJson } from './open-decision-files.ts';
import { getSiteModel } from './site-model.ts';

const json = (value: unknown) =>
  new Response(openDecisionJson(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

async function published(language: Language): Promise<boolean> {
  const main = await getSiteModel();
  return main.language === language || publishesIn(main, language);
}

/** One list file per resource. */
export async function listPaths(language: Language) {
  return (await published(language))
    ? openDecisionResources.map((resource) => ({ params: { resource } }))
    : [];
}

export async function listResponse(language: Language, resource: OpenDecisionResource): Promise<Response> {
  const { content } = await getSiteModel(language);
  return json(openDecisionList(content, resource, language));
}

/**
 * One file per object that the specification gives a URL: the routes of `pnpm dev` only; a build
 * writes them after the pages (`integrations/open-decision-files.ts`).
 */
export async function objectPaths(language: Language) {
  if (!(await published(language))) return [];
  const { content } = await getSiteModel(language);
  return openDecisionObjectResources.flatMap((resource) =>
    openDecisionList(content, resource, language).objects.map((object) => ({
      params: { resource, id: String(object.id) },
      props: { object },
    })),
  );
}

export function objectResponse(object: OpenDecisionObject): Response {
  return json(object);
}
