/** WCAG 2 contrast ratio of two `#rrggbb` colours, used to pin the palette to AA in tests. */
export { contrastRatio } from '@valmistelu/domain/contrast';
