/**
 * The text an SVG announces itself with: its root `<title>` and `<desc>`, as the site's charts
 * (`@valmistelu/charts`) write them for screen readers. A PDF figure of the same SVG gets the
 * same words as its alternate text, so the two never drift apart.
 *
 * @example
 *   svgTextEquivalent('<svg …><title>Aikataulu</title><desc>Aikajana 2018.</desc>…</svg>');
 *   // → 'Aikataulu. Aikajana 2018.'
 */
import { unescapeXml } from '../../xml-text.ts';

const rootText = /^\s*<svg\b[^>]*>\s*(?:<title\b[^>]*>([^<]*)<\/title>)?\s*(?:<desc\b[^>]*>([^<]*)<\/desc>)?/;

export function svgTextEquivalent(svg: string): string | undefined {
  const match = rootText.exec(svg);
  const parts = [match?.[1], match?.[2]]
    .map((part) => unescapeXml(part ?? '').trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}
