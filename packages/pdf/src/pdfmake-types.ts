/**
 * The pdfmake types this package uses. `@types/pdfmake` keeps most of them in a module that the
 * package's export map does not reach, so they are derived here from the public functions.
 */
import type { createPdf, setFonts } from 'pdfmake';

/**
 * A node of a pdfmake document's `content`: named so that it is not taken for the domain's
 * `ContentModel` (the organisation) or the content folder.
 */
export type { Content as PdfContent, CustomTableLayout, Style, TableCell } from 'pdfmake';
export type TDocumentDefinitions = Parameters<typeof createPdf>[0];
export type TFontDictionary = Parameters<typeof setFonts>[0];
export type StyleDictionary = NonNullable<TDocumentDefinitions['styles']>;
export type DynamicContent = Extract<
  NonNullable<TDocumentDefinitions['header']>,
  (...args: never[]) => unknown
>;

import type { Content as PdfContent } from 'pdfmake';

/**
 * pdfmake reads properties that `@types/pdfmake` does not list on every node (an `id` on a text
 * with a table-of-contents entry, an image's `maxWidth`); nodes using them are built through here.
 */
export function pdfNode(value: { [key: string]: unknown }): PdfContent {
  return value as unknown as PdfContent;
}
