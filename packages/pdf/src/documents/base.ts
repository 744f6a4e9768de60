/**
 * What every document shares: page geometry, PDF/A-2b and language settings, metadata with dates
 * taken from the content (never the clock, so the same content gives the same bytes), and the
 * "sivu N / M" footer.
 */
import { documentWords } from '@valmistelu/domain/document-words';
import type { Language } from '@valmistelu/domain/schema';
import {
  type DynamicContent,
  type PdfContent,
  pdfNode,
  type TableCell,
  type TDocumentDefinitions,
} from '../pdfmake-types.ts';
import { pageBreakBefore } from './page-breaks.ts';
import { defaultStyle, styles } from './styles.ts';

export type PageSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

const pageSizes: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
};

/** Left, top, right, bottom: room for the running header and the footer. */
export const pageMargins: [number, number, number, number] = [56, 62, 56, 54];

/** Width and height of the text area of a page. */
export function contentBox(size: PageSize, orientation: Orientation): { width: number; height: number } {
  const page = pageSizes[size];
  const [width, height] = orientation === 'portrait' ? [page.width, page.height] : [page.height, page.width];
  return { width: width - pageMargins[0] - pageMargins[2], height: height - pageMargins[1] - pageMargins[3] };
}

export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  /** `YYYY-MM-DD` from the content: the site's "as of" date or the meeting's date. */
  date: string;
  keywords?: string;
  /** The document's language (`/Lang`); Finnish by default. */
  language?: Language;
}

export function documentSettings(meta: DocumentMeta): Omit<TDocumentDefinitions, 'content'> {
  const date = new Date(`${meta.date}T00:00:00Z`);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    version: '1.7',
    subset: 'PDF/A-2b',
    language: meta.language ?? 'fi',
    displayTitle: true,
    info: {
      // The content's own characters: `internals/xmp-info-escape.ts` makes the XMP copy well formed.
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      ...(meta.keywords && { keywords: meta.keywords }),
      creator: 'valmistelu',
      producer: 'valmistelu (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    defaultStyle,
    styles,
    pageBreakBefore,
  };
}

/** "sivu N / M" ("sida N / M") on every page, with the document's name on the left. */
export function pageFooter(name: string, language: Language = 'fi'): DynamicContent {
  return (currentPage, pageCount) => ({
    columns: [
      { text: name, style: 'runningFooter', width: '*' },
      {
        text: documentWords[language].page(currentPage, pageCount),
        style: ['runningFooter', 'pageNumber'],
        width: 'auto',
      },
    ],
    margin: [pageMargins[0], 18, pageMargins[2], 0],
  });
}

/** A running header of one or two parts, left and right, with a rule under it. */
export function runningHeader(left: string, right: string, skipFirstPage = false): DynamicContent {
  return (currentPage, _pageCount, pageSize) => {
    if (skipFirstPage && currentPage === 1) return null;
    const width = pageSize.width - pageMargins[0] - pageMargins[2];
    return {
      stack: [
        {
          columns: [
            { text: left, style: 'runningHeader', width: '*' },
            { text: right, style: ['runningHeader', 'pageNumber'], width: 'auto' },
          ],
        },
        { canvas: [{ type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 0.4, lineColor: '#c5ced8' }] },
      ],
      margin: [pageMargins[0], 26, pageMargins[2], 0],
    };
  };
}

/** Lines of body text a page holds, less room for a heading and a margin. */
const linesPerPage = 40;

/**
 * Content kept on one page when it is short enough to be (`page-breaks.ts` moves it to the next
 * page whole, when its end marker would fall there); a longer one breaks where it must. Blocks
 * kept together do not nest.
 */
export function keepTogether(content: PdfContent[], estimatedLines: number): PdfContent {
  if (estimatedLines > linesPerPage) return { stack: content };
  const end = pdfNode({ text: ' ', style: ['anchor', 'keepTogetherEnd'], tag: 'Artifact' });
  return { stack: [...content, end], style: 'keepTogether' };
}

/** Lines a text of the body's size takes across the text area, roughly (90 characters to a line). */
export function estimatedLines(text: string): number {
  return Math.max(1, Math.ceil(text.length / 90));
}

/** A two-column table of label and value, for covers. */
export function factTable(facts: readonly (readonly [string, PdfContent | undefined])[]): PdfContent {
  const rows = facts.filter(
    (fact): fact is readonly [string, PdfContent] => fact[1] !== undefined && fact[1] !== '',
  );
  return {
    table: {
      widths: [120, '*'],
      // Each label heads its row for a screen reader, as a `<dt>` does on the site.
      body: rows.map(([label, value]) => [
        pdfNode({ text: label, style: 'factLabel', tag: 'TH', scope: 'Row' }) as TableCell,
        typeof value === 'string' ? { text: value, style: 'factValue' } : value,
      ]),
    },
    layout: 'plain',
    margin: [0, 0, 0, 16],
  };
}

/** Material written to show the features is marked as such wherever it is printed. */
export function exampleNotice(example: boolean, language: Language = 'fi'): PdfContent[] {
  return example
    ? [
        {
          text: documentWords[language].exampleNotice,
          style: ['small', 'muted'],
          margin: [0, 12, 0, 0],
        },
      ]
    : [];
}
