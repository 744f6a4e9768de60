/**
 * Translations beside their originals: `X.sv.yaml` holds only the text fields of `X.yaml`, and
 * everything else comes from the original. What a translation may hold is derived from the
 * schemas' marks (`schemas/translatable.ts`), once, as a `TranslationShape`; from it come the
 * translation's schema, the merge into the translated model, the untranslated fields and the
 * text a translation's `source` hash is taken from. Pure: no files, no clock.
 */
import { z } from 'zod';
import { textSchema } from './schemas/primitives.ts';
import { translationRoles } from './schemas/translatable.ts';

/** What a translation of a value may hold, as the original's schema marks it. */
export type TranslationShape =
  | { kind: 'text' }
  | { kind: 'key'; schema: z.ZodType }
  | { kind: 'object'; fields: Record<string, TranslationShape> }
  /** A list whose entries are matched by their key field, or by position when they have none. */
  | { kind: 'array'; element: ObjectShape; key?: string };

export type ObjectShape = Extract<TranslationShape, { kind: 'object' }>;

/** A place in the original or the translation, and what is wrong there. */
export interface TranslationIssue {
  path: PropertyKey[];
  message: string;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> };

function defOf(schema: z.ZodType): Def & Record<string, unknown> {
  return (schema as unknown as { _zod: { def: Def & Record<string, unknown> } })._zod.def;
}

const wrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** The schema's translation shape, or undefined when nothing in it is translated. */
export function translationShapeOf(schema: z.ZodType): TranslationShape | undefined {
  const role = translationRoles.get(schema)?.role;
  if (role === 'text') return { kind: 'text' };
  if (role === 'key') return { kind: 'key', schema };
  const def = defOf(schema);
  if (wrappers.has(def.type) && def.innerType) return translationShapeOf(def.innerType);
  if (def.type === 'pipe' && def.in) return translationShapeOf(def.in);
  if (def.type === 'object' && def.shape) return objectShape(Object.entries(def.shape));
  if (def.type === 'union') {
    // The kinds of a list entry (preparation and cross-cutting lines) share their text fields.
    const options = def.options as z.ZodType[];
    const fields = options.flatMap((option) => {
      const optionShape = translationShapeOf(option);
      return optionShape?.kind === 'object' ? Object.entries(optionShape.fields) : [];
    });
    return fields.length ? { kind: 'object', fields: Object.fromEntries(fields) } : undefined;
  }
  if (def.type === 'array') {
    const element = translationShapeOf(def.element as z.ZodType);
    if (element?.kind !== 'object') return undefined;
    const key = Object.entries(element.fields).find(([, field]) => field.kind === 'key')?.[0];
    return { kind: 'array', element, ...(key !== undefined && { key }) };
  }
  return undefined;
}

function objectShape(entries: [string, z.ZodType][]): ObjectShape | undefined {
  const fields = Object.fromEntries(
    entries.flatMap(([name, field]) => {
      const shape = translationShapeOf(field);
      return shape ? [[name, shape]] : [];
    }),
  );
  // An object with only a key has nothing to translate.
  if (!Object.values(fields).some((field) => field.kind !== 'key')) return undefined;
  return { kind: 'object', fields };
}

/** `translationShapeOf` for an item's schema, which always has text fields. */
export function itemShapeOf(schema: z.ZodType): ObjectShape {
  const shape = translationShapeOf(schema);
  if (shape?.kind !== 'object') throw new Error('the schema has no translatable fields');
  return shape;
}

/** The field of a translation that records which version of the original it was made from. */
export const translationSourceField = 'source';

const sourceHashSchema = z
  .string()
  .regex(
    /^sha256-[0-9a-f]{12}$/,
    'lähteen tunniste on muotoa sha256- ja 12 merkkiä 0–9 ja a–f; status --translations näyttää sen',
  )
  .describe('Alkuperäisen tekstien tunniste, josta käännös tehtiin (valmistelu status --translations).');

/**
 * The schema of a translation: its text fields (each optional, so that a translation can be
 * partial), the keys that match list entries, and at the item's top the `source` hash.
 */
export function translationSchemaOf(shape: ObjectShape): z.ZodType {
  const item = zodOf(shape) as z.ZodObject;
  return item.extend({ [translationSourceField]: sourceHashSchema.optional() });
}

function zodOf(shape: TranslationShape): z.ZodType {
  switch (shape.kind) {
    case 'text':
      return textSchema;
    case 'key':
      return shape.schema;
    case 'object':
      return z.strictObject(
        Object.fromEntries(
          Object.entries(shape.fields).map(([name, field]) => [
            name,
            field.kind === 'key' ? zodOf(field) : zodOf(field).optional(),
          ]),
        ),
      );
    case 'array':
      return z.array(zodOf(shape.element));
  }
}

/** The shape at a path of a translation, for naming the fields allowed there. */
export function translationShapeAt(shape: TranslationShape, path: readonly PropertyKey[]): TranslationShape {
  let current = shape;
  for (const step of path) {
    if (current.kind === 'array' && typeof step === 'number') current = current.element;
    else if (current.kind === 'object' && typeof step === 'string' && current.fields[step])
      current = current.fields[step];
    else break;
  }
  return current;
}

type Data = Record<string, unknown>;

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a translated list entry's original is: by its key, or at the same position. */
function originalIndex(
  shape: Extract<TranslationShape, { kind: 'array' }>,
  originals: unknown[],
  entry: unknown,
  position: number,
): number {
  if (shape.key === undefined) return position < originals.length ? position : -1;
  const key = isData(entry) ? entry[shape.key] : undefined;
  return originals.findIndex((original) => isData(original) && original[shape.key as string] === key);
}

function describeEntry(
  shape: Extract<TranslationShape, { kind: 'array' }>,
  entry: unknown,
  position: number,
): string {
  if (shape.key === 'number' && isData(entry)) return `pykälää ${String(entry.number)} §`;
  if (shape.key !== undefined && isData(entry)) return `kohtaa "${String(entry[shape.key])}"`;
  return `kohtaa ${position + 1}`;
}

/**
 * The original with the translation's text laid over it: the translated model. Text the
 * original lacks (a field, a § or a list entry) is not added but returned as an issue, at its
 * path in the translation.
 */
export function mergeTranslation<T>(
  shape: ObjectShape,
  original: T,
  translation: unknown,
): { value: T; issues: TranslationIssue[] } {
  const issues: TranslationIssue[] = [];
  const value = mergeValue(shape, original, translation, [], issues) as T;
  return { value, issues };
}

function mergeValue(
  shape: TranslationShape,
  original: unknown,
  translation: unknown,
  path: PropertyKey[],
  issues: TranslationIssue[],
): unknown {
  if (translation === undefined) return original;
  if (shape.kind === 'text') return translation;
  if (shape.kind === 'key') return original;
  if (shape.kind === 'array') {
    if (!Array.isArray(original) || !Array.isArray(translation)) return original;
    const merged = [...original];
    translation.forEach((entry, position) => {
      const index = originalIndex(shape, original, entry, position);
      if (index === -1) {
        issues.push({
          path: [...path, position],
          message: `alkuperäisessä ei ole ${describeEntry(shape, entry, position)}: käännös ei voi lisätä sitä`,
        });
        return;
      }
      merged[index] = mergeValue(shape.element, merged[index], entry, [...path, position], issues);
    });
    return merged;
  }
  if (!isData(original) || !isData(translation)) return original;
  const merged: Data = { ...original };
  for (const [name, field] of Object.entries(shape.fields)) {
    if (translation[name] === undefined) continue;
    if (original[name] === undefined) {
      issues.push({
        path: [...path, name],
        message: `alkuperäisessä ei ole kenttää "${name}": käännös ei voi lisätä sitä`,
      });
      continue;
    }
    merged[name] = mergeValue(field, original[name], translation[name], [...path, name], issues);
  }
  return merged;
}

/** The paths, in the original, of text the translation does not give (for an incomplete one). */
export function untranslatedPaths(
  shape: ObjectShape,
  original: unknown,
  translation: unknown,
): PropertyKey[][] {
  const paths: PropertyKey[][] = [];
  collectUntranslated(shape, original, translation, [], paths);
  return paths;
}

function collectUntranslated(
  shape: TranslationShape,
  original: unknown,
  translation: unknown,
  path: PropertyKey[],
  paths: PropertyKey[][],
): void {
  if (shape.kind === 'key' || original === undefined) return;
  if (shape.kind === 'text') {
    if (translation === undefined) paths.push(path);
    return;
  }
  if (shape.kind === 'array') {
    if (!Array.isArray(original)) return;
    const entries = Array.isArray(translation) ? translation : [];
    original.forEach((entry, index) => {
      const translated = entries.find(
        (candidate, position) => originalIndex(shape, original, candidate, position) === index,
      );
      collectUntranslated(shape.element, entry, translated, [...path, index], paths);
    });
    return;
  }
  if (!isData(original)) return;
  const translated = isData(translation) ? translation : {};
  for (const [name, field] of Object.entries(shape.fields))
    collectUntranslated(field, original[name], translated[name], [...path, name], paths);
}

/**
 * The original's text, as one canonical string: what a translation's `source` hash is taken
 * from, so that a change to a date leaves the translation current and a change to a sentence
 * does not. Keys stay in, as they say which § a text belongs to.
 */
export function translatableText(shape: ObjectShape, original: unknown, body?: string): string {
  return JSON.stringify([project(shape, original), body === undefined ? null : sameWords(body)]);
}

/**
 * Text as its words: re-wrapping a paragraph (`valmistelu format`, the editor's save) or
 * re-indenting a YAML block changes no word a translator would translate.
 */
function sameWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function project(shape: TranslationShape, value: unknown): unknown {
  if (value === undefined) return null;
  if (shape.kind === 'text') return typeof value === 'string' ? sameWords(value) : value;
  if (shape.kind === 'key') return value;
  if (shape.kind === 'array')
    return Array.isArray(value) ? value.map((entry) => project(shape.element, entry)) : null;
  if (!isData(value)) return null;
  // The shape's order, not the data's: the same text gives the same string whatever the file's order.
  return Object.entries(shape.fields).map(([name, field]) => [name, project(field, value[name])]);
}
