/** One `<text>` per line with every font attribute written out: svg-to-pdfkit needs no CSS. */
import type { PositionedText } from './geometry-types.ts';
import { round2 } from './round.ts';
import { type Attributes, element, textElement } from './xml.ts';

export interface TextStyle {
  fontFamily: string;
  fontSize: number;
  fill: string;
  bold?: boolean;
}

export function svgText(text: PositionedText, style: TextStyle, extra: Attributes = {}): string {
  return textElement(
    'text',
    {
      x: text.x,
      y: text.y,
      'font-family': style.fontFamily,
      'font-size': style.fontSize,
      'font-weight': style.bold ? 'bold' : undefined,
      fill: style.fill,
      'text-anchor': text.anchor === 'start' ? undefined : text.anchor,
      ...extra,
    },
    text.text,
  );
}

/** The root element: sized, scalable, and announced as one image with its title and description. */
export function svgRoot(
  size: { width: number; height: number },
  idPrefix: string,
  title: string,
  description: string,
  body: readonly string[],
): string {
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${round2(size.width)} ${round2(size.height)}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
    },
    [
      textElement('title', { id: `${idPrefix}-title` }, title),
      textElement('desc', { id: `${idPrefix}-desc` }, description),
      ...body,
    ],
  );
}
