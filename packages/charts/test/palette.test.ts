import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../src/contrast.ts';
import { colours, shapePairs, textPairs } from '../src/palette.ts';

describe('palette', () => {
  it.each(textPairs)('text %s on %s reaches WCAG AA (4.5:1)', (text, background) => {
    expect(contrastRatio(colours[text], colours[background])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(shapePairs)('shape %s stands out from %s (3:1)', (shape, background) => {
    expect(contrastRatio(colours[shape], colours[background])).toBeGreaterThanOrEqual(3);
  });

  it('computes the textbook ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
