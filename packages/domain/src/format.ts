/** Finnish display of model values that several views share. */
import type { Body } from './schema.ts';

/** `15 jäsentä + 15 varajäsentä`; empty when the composition is not known. */
export function formatComposition(composition: Body['composition']): string {
  return composition.map((part) => `${part.count} ${part.role}`).join(' + ');
}
