/**
 * A count with its noun in Finnish: the nominative singular after 1 ("1 virhe"), the partitive
 * singular after any other number ("0 virhettä", "2 virhettä"). Intl's Finnish plural rules
 * decide, so that a fraction such as 1.5 takes the partitive as Finnish does. Every count the
 * tools print goes through here, so that no message writes "1 virhettä".
 */
const finnishPlural = new Intl.PluralRules('fi');

/** `countOf(1, 'virhe', 'virhettä')` → "1 virhe"; `countOf(3, 'virhe', 'virhettä')` → "3 virhettä". */
export function countOf(count: number, one: string, other: string): string {
  return `${count} ${finnishPlural.select(count) === 'one' ? one : other}`;
}
