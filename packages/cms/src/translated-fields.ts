/**
 * Translators work beside the originals: with more than one language in `site.yaml`, Sveltia's
 * i18n (`multiple_files`, the main language's file name unchanged) opens `X.mdx` and its
 * translation `X.sv.mdx` as one item, the Swedish fields beside the Finnish ones.
 *
 * Which fields a translation holds is the domain's (`translationShapeOf`, from the schemas'
 * `translatable` and `translationKey` marks), never listed here: a text field is translated
 * (`i18n: true`) and required only in the main language, since a translation may be partial; a
 * key that matches a translated list entry to its original is copied (`i18n: duplicate`); every
 * other field (days, references, states, numbers) stays in the original only and is not written
 * into the translation, which `valmistelu check` would refuse.
 */
import type { ObjectShape, TranslationShape } from '@valmistelu/domain/translation';
import type { CmsField } from './cms-field.ts';

/** Sveltia's global i18n options for the site's languages; none for a site of one language. */
export function i18nOptions(languages: readonly string[]): Record<string, unknown> | undefined {
  const [main] = languages;
  if (languages.length < 2 || main === undefined) return undefined;
  return {
    structure: 'multiple_files',
    locales: [...languages],
    default_locale: main,
    // `X.mdx` stays `X.mdx`; its translation is `X.sv.mdx` (`@valmistelu/content`'s naming).
    omit_default_locale_from_file_path: true,
    // A new item starts in the main language; a translator adds the translation when it is made.
    initial_locales: 'default',
  };
}

function translated(field: CmsField, shape: TranslationShape | undefined, main: string): CmsField {
  if (!shape) return field;
  switch (shape.kind) {
    case 'key':
      return { ...field, i18n: 'duplicate' };
    case 'text':
      return { ...field, i18n: true, required: field.required === false ? false : [main] };
    case 'object':
    case 'array': {
      const fields = shape.kind === 'object' ? shape.fields : shape.element.fields;
      const inner = (list: CmsField[]) => list.map((child) => translated(child, fields[child.name], main));
      return {
        ...field,
        i18n: true,
        ...(field.required !== false && { required: [main] }),
        ...(field.fields && { fields: inner(field.fields) }),
        ...(field.types && {
          types: field.types.map((variant) => ({ ...variant, fields: inner(variant.fields) })),
        }),
      };
    }
  }
}

/** A collection's fields with the translated ones marked, as the collection's shape says. */
export function translatedFields(fields: readonly CmsField[], shape: ObjectShape, main: string): CmsField[] {
  return fields.map((field) => translated(field, shape.fields[field.name], main));
}

/** An MDX item's body: its text, translated like the text fields. */
export function translatedBody(field: CmsField, main: string): CmsField {
  return { ...field, i18n: true, required: [main] };
}
