/**
 * An SVG's size read once per process, not once per layout pass and document.
 *
 * Why: to place an `svg` node pdfmake parses the whole SVG into a DOM (xmldoc) to read its width
 * and height, then parses it again to write the fitted size into it and serialises it back, on
 * every layout pass (the page-break rules make several). The meeting packs repeat the same
 * organisation chart (200 kB at 10× the default organisation, 2 MB at 100×), so this was most of
 * a pack's time outside drawing. Both answers depend only on the SVG's text and the size asked
 * for, so they are kept by those, for the last few SVGs.
 */

import { speedUpSwitch } from './speed-up-switch.ts';
import type { PdfmakeClasses } from './upstream.ts';
import { wrap } from './wrap.ts';

const file = 'svg-measure-once.ts';

interface Dimensions {
  width?: number;
  height?: number;
}
type MeasureSvg = (this: unknown, svg: unknown) => Dimensions;
type WriteDimensions = (this: unknown, svg: unknown, dimensions: Dimensions) => unknown;

/** How many SVGs' answers are kept: a document's charts, the organisation chart among them. */
const kept = 8;

/** A map that forgets its oldest entry past `kept`. */
function remembered<T>(): { get(key: string): T | undefined; set(key: string, value: T): void } {
  const entries = new Map<string, T>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.set(key, value);
      if (entries.size > kept) entries.delete(entries.keys().next().value as string);
    },
  };
}

const speedUp = speedUpSwitch();
/** How many times pdfmake parsed an SVG here; tests use it to see that charts are parsed once. */
let parses = 0;

export function svgParseCount(): number {
  return parses;
}

export function installSvgMeasureOnce(classes: PdfmakeClasses): void {
  const sizes = remembered<Dimensions>();
  const fitted = remembered<unknown>();
  const prototype = classes.SVGMeasure.prototype;
  wrap<MeasureSvg>(
    prototype,
    'measureSVG',
    file,
    (measureSVG) =>
      function measureSvgOnce(svg) {
        if (typeof svg !== 'string') return measureSVG.call(this, svg);
        let size = speedUp.on ? sizes.get(svg) : undefined;
        if (!size) {
          parses += 1;
          size = measureSVG.call(this, svg);
          sizes.set(svg, size);
        }
        return { ...size };
      },
  );
  wrap<WriteDimensions>(
    prototype,
    'writeDimensions',
    file,
    (writeDimensions) =>
      function writeDimensionsOnce(svg, dimensions) {
        if (typeof svg !== 'string') return writeDimensions.call(this, svg, dimensions);
        const key = `${dimensions.width}\u0000${dimensions.height}\u0000${svg}`;
        let result = speedUp.on ? fitted.get(key) : undefined;
        if (result === undefined) {
          parses += 1;
          result = writeDimensions.call(this, svg, dimensions);
          fitted.set(key, result);
        }
        return result;
      },
  );
}

/** Runs `render` with pdfmake's own SVG measuring, for tests that compare the two. */
export const withoutSvgMeasureOnce = speedUp.without;
