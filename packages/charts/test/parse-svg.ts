/** Parses chart output as XML, as the browser and svg-to-pdfkit would, for assertions on the tree. */
import { DOMParser } from 'linkedom';

export function parseSvg(svg: string) {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { document, root: document.documentElement };
}

/** The text of each `<text>` directly inside an element, in order. */
export function textsOf(element: {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}) {
  return [...element.querySelectorAll('text')].map((text) => text.textContent ?? '');
}

/** Elements and attributes that svg-to-pdfkit (pdfmake) would ignore or mis-draw. */
export const unsupportedElements = [
  'style',
  'foreignObject',
  'marker',
  'clipPath',
  'pattern',
  'image',
  'use',
  'script',
];
