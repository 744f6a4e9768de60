/**
 * A report's or news item's body as HTML. Content MDX is never compiled as a JavaScript module:
 * the loader turns the syntax tree `@valmistelu/content` parsed into HTML as data, once per
 * build, and pages read the result from the site model.
 *
 * An image's address in that HTML is a placeholder, `kuva:<n>` for the body's n-th image file:
 * where the build puts the file and its sizes is known only when a page renders, and the page
 * fills it in (`lib/body-images.ts`).
 */
import type { CollectionName, Content, Language } from '@valmistelu/domain/schema';
import { mainLanguage } from '@valmistelu/domain/urls';
import { mdxToHtml, type RenderedMdx } from '@valmistelu/markdown/to-html';
import type { Root } from 'mdast';
import type { BodyCollection, SiteModel } from '../create-site-model.ts';
import { itemLink, mainPageLink } from './links.ts';

/** What a body's links and mentions resolve against. */
export interface LinkTargets {
  group(id: string): { id: string; name: string } | undefined;
  report(id: string): { id: string; title: string } | undefined;
  person(id: string): { name: string } | undefined;
  /** Whether an item is translated into the body's language: named in it, with a page in it where its kind has one. */
  isTranslated(collection: CollectionName, id: string): boolean;
}

/**
 * Lookups by id over the content, for `renderMdxBody`. For a translation's body, `content` is the
 * translation's (every item, the translated ones merged over their originals) and `translated`
 * its ids per collection, so that a reference names a translated item in the body's language.
 */
export function linkTargets(
  content: Content,
  translated: Partial<Record<CollectionName, readonly string[]>> = {},
): LinkTargets {
  const groups = new Map(content.groups.map((group) => [group.id, group]));
  const reports = new Map(content.reports.map((report) => [report.id, report]));
  const people = new Map(content.people.map((person) => [person.id, person]));
  return {
    group: (id) => groups.get(id),
    report: (id) => reports.get(id),
    person: (id) => people.get(id),
    isTranslated: (collection, id) => translated[collection]?.includes(id) ?? false,
  };
}

/** One image file of a rendered body: the `images` collection's id and the file's sha256. */
export interface BodyImageRef {
  id: string;
  digest: string;
}

/** A news item's own picture (`image` in its frontmatter): the file, its text alternative and size. */
export interface LeadImageRef extends BodyImageRef {
  alt: string;
  width: number;
  height: number;
}

/** A rendered body and the image files its `kuva:<n>` placeholders stand for, in order. */
export interface RenderedBody extends RenderedMdx {
  images: BodyImageRef[];
  /** A news item's own picture, shown above its body, in its cards and as its share image. */
  leadImage?: LeadImageRef;
  /** The body's language where it is not its page's: a translation that gives no body shows the original's. */
  lang?: Language;
}

/** The placeholder address of a body's n-th image file. */
export const imagePlaceholder = (index: number) => `kuva:${index}`;

/**
 * The opening of an `<img>` with a placeholder, as hast-util-to-html writes it (`src` first), the
 * number captured. Nothing else in a body can write it: content HTML is refused, text is escaped
 * and a `kuva:` address is refused as a web address.
 */
export const imagePlaceholderTag = /<img src="kuva:(\d+)"/g;

/**
 * @param imageUrls The addresses of the body's image files, in the order of its `images`: each
 *   becomes the placeholder of its position.
 * @param language The body's language (a translation's), for the words the renderer writes.
 */
export function renderMdxBody(
  tree: Root,
  targets: LinkTargets,
  imageUrls: readonly string[] = [],
  language: Language = 'fi',
): RenderedMdx {
  const positions = new Map(imageUrls.map((url, index) => [url, index]));
  // A reference links as the page's own lists do: a translated item's page in the body's
  // language, an untranslated one's in the main language, named and marked in that language.
  const links = { language, languages: [mainLanguage, language], isTranslated: targets.isTranslated };
  return mdxToHtml(tree, {
    language,
    imageSource(url) {
      const index = positions.get(url);
      return index === undefined ? undefined : imagePlaceholder(index);
    },
    link(kind, targetId) {
      if (kind === 'group') {
        const group = targets.group(targetId);
        // Groups have pages in the main language only.
        return group && mainPageLink(links, 'groups', group.id, group.name, (pages) => pages.group(group.id));
      }
      const report = targets.report(targetId);
      return (
        report && itemLink(links, 'reports', report.id, report.title, (pages) => pages.report(report.id))
      );
    },
    personName: (personId) => targets.person(personId)?.name,
  });
}

/** The rendered body of an item; empty when it has none (its MDX did not parse). */
export function renderBody(model: SiteModel, collection: BodyCollection, id: string): RenderedBody {
  return model.rendered(collection, id) ?? { html: '', toc: [], images: [] };
}
