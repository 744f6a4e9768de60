/**
 * Which fields a translation holds. A field is marked where its schema is written, so that the
 * list of text fields is never kept a second time: `translation.ts` derives each translation's
 * schema, its merge and its source hash from these marks.
 */
import { z } from 'zod';

/**
 * `text`: written in a language, so translated. `key`: how a translated list entry finds its
 * original (a list file's `id`, an agenda item's `number`); the value is copied, never changed.
 */
export type TranslationRole = 'text' | 'key';

/**
 * A registry of its own rather than `.meta()`: the global metadata is written into the JSON
 * Schema the editor reads, and a mark there would change the editor's fields.
 */
export const translationRoles = z.registry<{ role: TranslationRole }>();

function marked<T extends z.ZodType>(schema: T, role: TranslationRole): T {
  // A clone, so that the shared primitive (`textSchema`) stays unmarked for fields such as names.
  const copy = schema.clone() as T;
  translationRoles.add(copy, { role });
  return copy;
}

/** A field written in a language: a translation may (and should) give it in its own. */
export function translatable<T extends z.ZodType>(schema: T): T {
  return marked(schema, 'text');
}

/** The field a translated list entry is matched by. */
export function translationKey<T extends z.ZodType>(schema: T): T {
  return marked(schema, 'key');
}
