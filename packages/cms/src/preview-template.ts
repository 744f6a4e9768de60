/**
 * The preview of an item as the site writes it: Sveltia's own preview shows a day field as
 * `2018-05-31` (its storage format) or in the browser's long form, and the site writes
 * `31.5.2018`. This preview template (Sveltia's `registerPreviewTemplate`) draws the item's title
 * as the page's heading and every other field as Sveltia would, by its label, except the days,
 * which it writes with the domain's `formatFinnishDate`. Days in nested objects (a report's
 * period) are found too; a list is drawn by Sveltia as a whole.
 *
 * This module runs in the browser too (its types stripped, see `admin-files.ts`): it imports
 * nothing at run time. `previewFieldsOf` runs in Node over the generated configuration; React's
 * `createElement` and the day formatter come in from the start script.
 */
import type { CmsField } from './cms-field.ts';

/** What the preview needs to know of a field. */
export interface PreviewField {
  name: string;
  label: string;
  day?: true;
  fields?: PreviewField[];
}

/** The shown fields of a collection: hidden ones left out, objects with their own fields. */
export function previewFieldsOf(fields: readonly CmsField[]): PreviewField[] {
  return fields
    .filter((field) => field.widget !== 'hidden')
    .map((field) => ({
      name: field.name,
      label: field.label,
      ...(field.widget === 'datetime' && field.type === 'date' && { day: true as const }),
      ...(field.widget === 'object' && field.fields && { fields: previewFieldsOf(field.fields) }),
    }));
}

/** React's `createElement`, as Sveltia exposes it on `window.h`. */
export type CreateElement = (
  type: string,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

interface PreviewProps {
  entry: { getIn(path: readonly string[]): unknown };
  widgetFor: (keyPath: string) => unknown;
}

/** Nothing to show: no value, or a switch that is off (as the site shows nothing for it). */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  const size = (value as { size?: unknown }).size;
  return typeof size === 'number' && size === 0;
}

export function previewTemplate(
  fields: readonly PreviewField[],
  formatDay: (day: string) => string,
  h: CreateElement,
): (props: PreviewProps) => unknown {
  return ({ entry, widgetFor }) => {
    // The page's heading is the title; fields below it, and an object's fields below the object.
    const draw = (field: PreviewField, path: readonly string[]): unknown => {
      const value = entry.getIn(['data', ...path]);
      if (isEmpty(value)) return null;
      const key = path.join('.');
      if (key === 'title') return h('h1', { key }, String(value));
      const shown = field.fields
        ? field.fields.map((inner) => draw(inner, [...path, inner.name]))
        : field.day
          ? h('p', null, formatDay(String(value)))
          : widgetFor(key);
      const heading = path.length === 1 ? 'h2' : 'h3';
      return h('section', { key, 'data-key-path': key }, h(heading, null, field.label), shown);
    };
    return h('article', null, ...fields.map((field) => draw(field, [field.name])));
  };
}
