/**
 * Fills in the images of a rendered body while its page renders: each `kuva:<n>` placeholder
 * (`views/render-body.ts`) becomes the address Astro's image pipeline gives the file, with its
 * width and height (no layout shift) and generated smaller sizes for narrow screens. Called from
 * the page itself, so that Astro records the images with the page and an incremental build that
 * reuses the page still writes them. The files are the site's own: the CSP's `img-src 'self'`
 * holds.
 */
import { mapSrcset } from './rebase-html.ts';
import { sitePathOf } from './site-base.ts';
import { type BodyImageRef, imagePlaceholderTag } from './views/render-body.ts';

/**
 * Generated widths, none wider than the file. The `src` (for browsers without `srcset`) keeps
 * the file's own width: reading the width here would mark the original as used by the page, and
 * Astro would then publish it beside the generated sizes.
 */
const widths = [480, 960, 1440, 1920];
/** The text column is at most 72rem with 1rem of padding on each side (styles/site.css). */
const sizes = '(min-width: 72rem) 70rem, calc(100vw - 2rem)';

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** How an image is shown: the widths to generate and the `sizes` of where it stands. */
export interface ImageLayout {
  widths: readonly number[];
  sizes: string;
}

/**
 * The attributes of an `<img>` of a content image (`src`, `srcset`, `sizes`, `width`, `height`,
 * `loading`, `decoding`), without `alt`, which the caller gives.
 */
export async function responsiveImage(
  id: string,
  layout: ImageLayout = { widths, sizes },
): Promise<Record<string, string>> {
  // Imported on each use, as Astro imports its own: `pnpm dev` replaces the module after a save.
  // `getImage` comes with the images, not from `astro:assets` (integrations/content-folder.ts).
  const { default: images, getImage } = await import('virtual:valmistelu/content-images');
  const src = images.get(id);
  if (!src)
    throw new Error(`kuva ${id} puuttuu sivuston kuvista: sisältö on muuttunut, lataa sivu uudelleen`);
  const result = await getImage({ src, widths: [...layout.widths], sizes: layout.sizes });
  const attributes: Record<string, unknown> = {
    // Astro's addresses carry the base; the page's paths are from the site's root (lib/site-base.ts).
    src: sitePathOf(result.src),
    ...(result.srcSet.values.length > 0 && { srcset: mapSrcset(result.srcSet.attribute, sitePathOf) }),
    ...result.attributes,
  };
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => [name, String(value)]),
  );
}

/** The opening of an `<img>` tag up to where the body's own `alt` and `title` follow. */
async function imageAttributes(image: BodyImageRef): Promise<string> {
  return Object.entries(await responsiveImage(image.id))
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
}

/** The body's HTML with every image placeholder filled in. */
export async function placeImages(html: string, images: readonly BodyImageRef[]): Promise<string> {
  if (images.length === 0) return html;
  const opened = await Promise.all(images.map(imageAttributes));
  return html.replace(imagePlaceholderTag, (tag, index: string) => {
    const attributes = opened[Number(index)];
    return attributes === undefined ? tag : `<img ${attributes}`;
  });
}
