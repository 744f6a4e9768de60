/**
 * The 6Aika objects' own files (`/data/paatos/{resource}/{id}.json`, and their copy under another
 * language's code): one per object that the specification gives a URL, as the API's
 * `/{resource}/{id}/` would answer. Pure: the content in, paths and text out. The build writes
 * them in one pass after the pages (`integrations/open-decision-files.ts`), not as Astro routes:
 * at 100× the default organisation they are 15,000 files, and a route each cost Astro's
 * rendering, logging and folder handling per file, a fifth of the site's build.
 */
import {
  type OpenDecisionObject,
  openDecisionList,
  openDecisionObjectResources,
} from '@valmistelu/domain/open-decisions';
import type { ContentModel, Language } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';

/** The files' text, as the list files have it: indented, ending in a newline. */
export function openDecisionJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface OpenDecisionObjectFile {
  /** The file's path on the site, as in the object's `url`: `/data/paatos/cases/123.json`. */
  path: string;
  object: OpenDecisionObject;
}

/** Every object file of `content` in `language` (the content in that language). */
export function openDecisionObjectFiles(content: ContentModel, language: Language): OpenDecisionObjectFile[] {
  return openDecisionObjectResources.flatMap((resource) =>
    openDecisionList(content, resource, language).objects.map((object) => ({
      path: urls.openDecisionObject(resource, Number(object.id), language),
      object,
    })),
  );
}
