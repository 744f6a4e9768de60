/**
 * Where text sits on each page of a PDF, as pdf.js reads it: the lines of the running header, the
 * body and the footer, each with its box in points from the page's top and whether it belongs to
 * a heading of the structure tree. Layout checks (sparse pages, missing headers, headings pressed
 * against the text above them) are made on these boxes.
 */

import { pageMargins } from '@valmistelu/pdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PlacedLine {
  text: string;
  /** Top and bottom of the glyphs, in points from the page's top edge. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Font size of the line's largest text. */
  size: number;
  /** The line is (part of) a heading, `H1`–`H6` in the structure tree. */
  heading: boolean;
}

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  /** Lines in the top margin, where the running header goes. */
  header: PlacedLine[];
  /** Lines between the top and bottom margins. */
  body: PlacedLine[];
  footer: PlacedLine[];
}

type Item = {
  str?: string;
  transform?: number[];
  width?: number;
  type?: string;
  tag?: string;
};

// Roboto's ascender and descender as shares of the font size: a line's glyph box from its baseline.
const ascent = 0.93;
const descent = 0.25;

interface Placed {
  text: string;
  baseline: number;
  left: number;
  right: number;
  size: number;
  heading: boolean;
}

function toLines(placed: Placed[]): PlacedLine[] {
  const sorted = [...placed].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const lines: Placed[][] = [];
  for (const item of sorted) {
    // Text of one line can sit on slightly different baselines (a page number in a smaller size).
    const line = lines.find((candidate) => Math.abs((candidate[0]?.baseline ?? 0) - item.baseline) < 2);
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    const size = Math.max(...line.map((item) => item.size));
    const baseline = Math.max(...line.map((item) => item.baseline));
    return {
      text: line
        .sort((a, b) => a.left - b.left)
        .map((item) => item.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      top: Math.min(...line.map((item) => item.baseline - ascent * item.size)),
      bottom: baseline + descent * size,
      left: Math.min(...line.map((item) => item.left)),
      right: Math.max(...line.map((item) => item.right)),
      size,
      heading: line.some((item) => item.heading),
    };
  });
}

export async function readPageLayout(bytes: Uint8Array): Promise<PageLayout[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: PageLayout[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const { items } = (await page.getTextContent({ includeMarkedContent: true })) as { items: Item[] };
    const open: Item[] = [];
    const placed: Placed[] = [];
    for (const item of items) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str?.trim() && item.transform) {
        const [scaleX = 0, skewY = 0, , , x = 0, y = 0] = item.transform;
        placed.push({
          text: item.str,
          baseline: height - y,
          left: x,
          right: x + (item.width ?? 0),
          size: Math.hypot(scaleX, skewY),
          heading: open.some((entry) => /^H[1-6]$/.test(entry.tag ?? '')),
        });
      }
    }
    const lines = toLines(placed);
    const [, top, , bottom] = pageMargins;
    pages.push({
      number,
      width,
      height,
      header: lines.filter((line) => line.bottom <= top),
      body: lines.filter((line) => line.bottom > top && line.top < height - bottom),
      footer: lines.filter((line) => line.top >= height - bottom),
    });
  }
  await doc.cleanup();
  await doc.loadingTask.destroy();
  return pages;
}
