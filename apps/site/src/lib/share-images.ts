/**
 * Every page's share image (Open Graph and Twitter, 1200×630 at an absolute address). A news
 * item with a picture of at least that size shares it, cropped by Astro's image pipeline (sharp),
 * which caches the crop with the build's other images. Every other page shares the card of its
 * section of the main menu in its language (the front page its own, with the site's name), drawn by
 * `share-card.ts` and written by the route `pages/jako/[card].png.ts`: a dozen cards whatever the
 * size of the content, each file named by the hash of what it shows, so that the incremental
 * build reuses it (its cache key) and a changed card gets a new address.
 */
import { createHash } from 'node:crypto';
import { siteColors } from '@valmistelu/domain/site-identity';
import { localizedUrls } from '@valmistelu/domain/urls';
import { navigation } from './navigation.ts';
import { type ShareCardInput, shareCardDesign, shareImageSize } from './share-card.ts';
import { sitePathOf } from './site-base.ts';
import { siteIdentity } from './site-identity.ts';
import type { SiteModel } from './site-model.ts';
import type { LeadImageRef } from './views/render-body.ts';

export interface ShareImage {
  /** The image's path on the site, e.g. `/jako/raportit.1a2b3c4d5e6f.png`. */
  path: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  alt: string;
}

export interface ShareCard {
  /** The route's parameter: `<section>.<hash>`. */
  name: string;
  /** The section's path, `/` for the front page. */
  section: string;
  input: ShareCardInput;
  /** A hash of everything the card shows and of its design: its cache key and part of its name. */
  key: string;
  image: ShareImage;
}

/** The logo as the header shows it: `check` has refused one it could not read. */
async function readLogo(site: SiteModel['content']['site']): Promise<ShareCardInput['logo']> {
  const { logo } = await siteIdentity(site);
  return logo && { bytes: Buffer.from(logo.source.data, 'base64'), mime: logo.source.mime };
}

function cardOf(
  section: string,
  slug: string,
  title: string,
  common: Omit<ShareCardInput, 'title'>,
): ShareCard {
  const input = { ...common, title };
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        shareCardDesign,
        input.title,
        input.siteName,
        input.background,
        input.logo ? createHash('sha256').update(input.logo.bytes).digest('hex') : null,
      ]),
    )
    .digest('hex')
    .slice(0, 12);
  const name = `${slug}.${key}`;
  return {
    name,
    section,
    input,
    key,
    image: {
      path: `/jako/${name}.png`,
      ...shareImageSize,
      type: 'image/png',
      // The front page's card shows the site's name alone.
      alt: title === common.siteName ? title : `${title} – ${common.siteName}`,
    },
  };
}

async function makeCards(model: SiteModel): Promise<ShareCard[]> {
  const { site } = model.content;
  const common = { siteName: site.name, background: siteColors(site).primary, logo: await readLogo(site) };
  const home = localizedUrls[model.language].home();
  // Named by their path: `uutiset`, and a translation's `sv-nyheter`; the main front page `etusivu`.
  const slugOf = (path: string) => path.split('/').filter(Boolean).join('-') || 'etusivu';
  const sections = navigation(home, model.language).filter((item) => item.href !== home);
  return [
    cardOf(home, slugOf(home), site.name, common),
    ...sections.map((item) => cardOf(item.href, slugOf(item.href), item.label, common)),
  ];
}

const cards = new WeakMap<object, Promise<ShareCard[]>>();

/** The cards of the front page and of each section in the model's language, once per site model. */
export function shareCards(model: SiteModel): Promise<ShareCard[]> {
  let made = cards.get(model);
  if (!made) {
    made = makeCards(model);
    cards.set(model, made);
  }
  return made;
}

/** The card of the section a page of the model's language belongs to, or its front page's. */
export async function sectionShareImage(model: SiteModel, path: string): Promise<ShareImage> {
  const all = await shareCards(model);
  const section =
    navigation(path, model.language).find((item) => item.current)?.href ??
    localizedUrls[model.language].home();
  const card = all.find((candidate) => candidate.section === section) ?? all[0];
  if (!card) throw new Error('share cards missing');
  return card.image;
}

/** A news item's picture cropped to 1200×630, or undefined when it is smaller than that. */
export async function newsShareImage(image: LeadImageRef): Promise<ShareImage | undefined> {
  const { width, height } = shareImageSize;
  if (image.width < width || image.height < height) return undefined;
  const { default: images, getImage } = await import('virtual:valmistelu/content-images');
  const src = images.get(image.id);
  if (!src) return undefined;
  const result = await getImage({ src, width, height, fit: 'cover', format: 'jpeg', quality: 82 });
  return { path: sitePathOf(result.src), width, height, type: 'image/jpeg', alt: image.alt };
}
