/**
 * Reads a PDF back the way a reader's viewer does, with pdfjs-dist: text per page as lines, the
 * bookmarks with the page each opens, and the links on each page.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export interface Bookmark {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  children: Bookmark[];
}

export interface ReadPdf {
  /** Each page's text as lines, top to bottom, items on a line joined by a space. */
  pages: string[][];
  bookmarks: Bookmark[];
  /** External link targets on each page. */
  links: string[][];
}

type PageText = Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>;
type TextItem = Extract<PageText['items'][number], { str: string }>;

function toLines(items: readonly TextItem[]): string[] {
  const placed = items
    .filter((item) => item.str.trim())
    .map((item) => ({ x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, text: item.str }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  // Text of one line can sit on slightly different baselines (a page number in a smaller size).
  const lines: (typeof placed)[] = [];
  for (const item of placed) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0]?.y ?? 0) - item.y) < 4) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((part) => part.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

async function pageOf(doc: PdfDocument, dest: string | unknown[] | null): Promise<number> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const ref = explicit?.[0];
  if (ref === undefined || ref === null) return 0;
  return (await doc.getPageIndex(ref as Parameters<PdfDocument['getPageIndex']>[0])) + 1;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[][] = [];
  const links: string[][] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const text = await page.getTextContent();
    pages.push(toLines(text.items.filter((item): item is TextItem => 'str' in item)));
    const annotations: { url?: string }[] = await page.getAnnotations();
    links.push(annotations.flatMap((annotation) => (annotation.url ? [annotation.url] : [])));
  }
  type Outline = Awaited<ReturnType<PdfDocument['getOutline']>>;
  const toBookmarks = async (items: Outline): Promise<Bookmark[]> =>
    Promise.all(
      (items ?? []).map(async (item) => ({
        title: item.title,
        page: await pageOf(doc, item.dest),
        children: await toBookmarks(item.items),
      })),
    );
  const bookmarks = await toBookmarks(await doc.getOutline());
  await doc.cleanup();
  return { pages, bookmarks, links };
}

/** Whitespace-normalised text of a page, for "does this page mention X" checks. */
export function pageText(pdf: ReadPdf, page: number): string {
  return (pdf.pages[page - 1] ?? []).join(' ');
}

/** Lines of a table of contents: `title … page`, from the line after `Sisällys` until `until`. */
export function tocEntries(pdf: ReadPdf, page: number, until?: string): { title: string; page: number }[] {
  const lines = pdf.pages[page - 1] ?? [];
  const start = lines.indexOf('Sisällys') + 1;
  const end = until ? lines.indexOf(until, start) : -1;
  const entries = lines
    .slice(start, end === -1 ? undefined : end)
    .filter((line) => !/sivu \d+ \/ \d+$/.test(line));
  return entries.flatMap((line) => {
    const match = /^(.*\S)\s+(\d+)$/.exec(line);
    return match?.[1] && match[2] ? [{ title: match[1], page: Number(match[2]) }] : [];
  });
}
