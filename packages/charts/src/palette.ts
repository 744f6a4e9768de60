/**
 * Colours and fonts of both charts. Status is never shown by colour alone: fills differ in
 * lightness, outlines in dash pattern, and tentative items also carry a "?".
 */

/** pdfmake maps the first family it has registered (Roboto by default); browsers fall back. */
export const defaultFontFamily = 'Roboto, Arial, Helvetica, sans-serif';

export const colours = {
  background: '#ffffff',
  ink: '#1a1a1a',
  mutedInk: '#474747',
  rowStripe: '#f1f4f8',
  gridMonth: '#e3e3e3',
  gridQuarter: '#c8c8c8',
  gridYear: '#8c8c8c',
  confirmedFill: '#1f4e79',
  estimateFill: '#c9dcef',
  estimateHatch: '#5a82ab',
  tentativeFill: '#ffffff',
  barOutline: '#1f4e79',
  milestoneFill: '#a8440f',
  marker: '#6a1b9a',
  asOf: '#b3001b',
  connector: '#6e6e6e',
  bodyFill: '#1f4e79',
  bodyInk: '#ffffff',
  bodyDetailInk: '#dde7f1',
  lineFill: '#2d5f8e',
  lineInk: '#ffffff',
  lineDetailInk: '#e6eef6',
  crossCuttingFill: '#fdf1e3',
  crossCuttingOutline: '#a8440f',
  groupFill: '#ffffff',
  groupOutline: '#1f4e79',
} as const;

export type ColourName = keyof typeof colours;

/** Every text colour with the background it is drawn on; the tests hold each pair to 4.5:1. */
export const textPairs: readonly (readonly [ColourName, ColourName])[] = [
  ['ink', 'background'],
  ['ink', 'rowStripe'],
  ['ink', 'tentativeFill'],
  ['ink', 'estimateFill'],
  ['mutedInk', 'background'],
  ['mutedInk', 'rowStripe'],
  ['mutedInk', 'crossCuttingFill'],
  ['marker', 'background'],
  ['asOf', 'background'],
  ['bodyInk', 'bodyFill'],
  ['bodyDetailInk', 'bodyFill'],
  ['lineInk', 'lineFill'],
  ['lineDetailInk', 'lineFill'],
  ['ink', 'crossCuttingFill'],
  ['ink', 'groupFill'],
  ['mutedInk', 'groupFill'],
];

/** Non-text shapes that must stand out from the white page (WCAG 1.4.11, 3:1). */
export const shapePairs: readonly (readonly [ColourName, ColourName])[] = [
  ['confirmedFill', 'background'],
  ['barOutline', 'background'],
  ['milestoneFill', 'background'],
  ['marker', 'background'],
  ['asOf', 'background'],
  ['groupOutline', 'background'],
  ['crossCuttingOutline', 'background'],
  ['connector', 'background'],
];
