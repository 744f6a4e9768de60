/** The structure tag of a heading at `level`, kept within H1–H6. */
import type { StructureTag } from './node-roles.ts';

export function headingTag(level: number): StructureTag {
  return `H${Math.max(1, Math.min(6, Math.round(level)))}` as StructureTag;
}
