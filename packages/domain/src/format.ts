/** Finnish display of model values that several views share. */
import type { Body } from './schema.ts';

/**
 * `15 jäsentä + 15 varajäsentä`, or `15 + 2 jäsentä` where the sources give only the numbers;
 * empty when the composition is not known.
 */
export function formatComposition(
  composition: Body['composition'],
  /** The words for a composition without roles; another language's pages give theirs ("medlemmar"). */
  members: (counts: string) => string = (counts) => `${counts} jäsentä`,
): string {
  if (composition.length > 0 && composition.every((part) => !part.role)) {
    return members(composition.map((part) => part.count).join(' + '));
  }
  return composition
    .map((part) => (part.role ? `${part.count} ${part.role}` : String(part.count)))
    .join(' + ');
}
