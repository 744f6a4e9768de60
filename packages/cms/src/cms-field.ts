/** The subset of Sveltia CMS's field options that the generated configuration uses. */
import type { SelectOption } from './enum-options.ts';

export type Widget =
  | 'boolean'
  | 'color'
  | 'datetime'
  | 'hidden'
  | 'image'
  | 'list'
  | 'number'
  | 'object'
  | 'relation'
  | 'richtext'
  | 'select'
  | 'string'
  | 'text';

export interface CmsField {
  name: string;
  label: string;
  widget: Widget;
  /** With more than one language: `true`, or the languages that must fill it (the main one). */
  required?: boolean | string[];
  /** Translated (`true`), copied into the translation (`duplicate`), or the original's only. */
  i18n?: boolean | 'duplicate';
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  /** image: the file types offered, as an `accept` attribute. */
  accept?: string;
  /** image: whether a web address may be given instead of a file. */
  choose_url?: boolean;
  /** color: whether the value may be typed as well as picked. */
  allowInput?: boolean;
  /** string: the HTML input type (`email`, `url`); datetime: `date`. */
  type?: string;
  format?: string;
  value_type?: 'int';
  min?: number;
  max?: number;
  options?: SelectOption[];
  multiple?: boolean;
  dropdown_threshold?: number;
  collection?: string;
  file?: string;
  value_field?: string;
  display_fields?: string[];
  search_fields?: string[];
  fields?: CmsField[];
  types?: CmsVariant[];
  typeKey?: string;
  root?: boolean;
  summary?: string;
  label_singular?: string;
  collapsed?: boolean | 'auto';
  editor_components?: string[];
  linked_images?: boolean;
  buttons?: string[];
}

/** One shape of a list item whose kind decides its fields (a discriminated union). */
export interface CmsVariant {
  name: string;
  label: string;
  widget: 'object';
  fields: CmsField[];
}
