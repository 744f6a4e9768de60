/**
 * Diagonal hatching computed as plain line segments inside a rectangle. SVG patterns and clip
 * paths would be shorter, but svg-to-pdfkit (pdfmake) does not draw them reliably.
 */
import { round2 } from './round.ts';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Lines of `x + y = c` ("/" on screen), on a page-wide grid so that neighbouring bars line up. */
export function hatchLines(
  rect: { x: number; y: number; width: number; height: number },
  spacing: number,
): Segment[] {
  const left = rect.x;
  const top = rect.y;
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  const segments: Segment[] = [];
  for (let c = Math.floor((left + top) / spacing + 1) * spacing; c < right + bottom; c += spacing) {
    const x1 = Math.max(left, c - bottom);
    const x2 = Math.min(right, c - top);
    if (x2 - x1 < 0.5) continue;
    segments.push({ x1: round2(x1), y1: round2(c - x1), x2: round2(x2), y2: round2(c - x2) });
  }
  return segments;
}
