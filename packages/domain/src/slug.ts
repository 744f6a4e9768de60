/**
 * URL slugs and file names: ASCII, lower case, hyphen-separated, ä→a, ö→o, å→a. NFC and NFD
 * spellings give the same slug, so "Päivystys" typed on a Mac and on Windows lands on one page.
 *
 * The one rule for every name the project makes from a title: `valmistelu new` and the browser
 * editor alike. The editor runs this very module (its types stripped, see
 * `packages/cms/src/admin-files.ts`), so it imports nothing.
 */
const transliterations: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l' };

/** The longest name a new entry gets from its title, in characters. */
export const entrySlugMaxLength = 60;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøœđł]/g, (char) => transliterations[char] ?? char)
    .replace(/&/g, '-ja-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A new entry's file name (without extension) from its title: the slug, at most 60 characters. */
export function entrySlug(title: string): string {
  return slugify(title).slice(0, entrySlugMaxLength).replace(/-+$/, '');
}
