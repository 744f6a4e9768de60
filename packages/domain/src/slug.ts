/**
 * URL slugs: ASCII, lower case, hyphen-separated. NFC and NFD spellings give the same slug,
 * so "Päivystys" typed on a Mac and on Windows lands on one page.
 */
const transliterations: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l' };

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
