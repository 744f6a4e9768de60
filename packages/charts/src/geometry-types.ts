/** Shapes shared by every chart's geometry: plain data, already rounded. */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PositionedText {
  text: string;
  /** Baseline position; `anchor` says which end of the text `x` is. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}
