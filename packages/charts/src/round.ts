/**
 * Every coordinate goes through here, so the SVG is byte-identical for the same input and free of
 * float noise such as `12.000000000000002`.
 */
export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  // `-0` would print as `0` anyway, but keep the data itself clean for deep-equality tests.
  return Object.is(rounded, -0) ? 0 : rounded;
}
