/**
 * The text an SVG announces itself with: its root `<title>` and `<desc>`, as the site's charts
 * (`@valmistelu/charts`) write them for screen readers. A PDF figure of the same SVG gets the
 * same words as its alternate text, so the two never drift apart.
 *
 * @example
 *   svgTextEquivalent('<svg …><title>Aikataulu</title><desc>Aikajana 2018.</desc>…</svg>');
 *   // → 'Aikataulu. Aikajana 2018.'
 */
const rootText = /^\s*<svg\b[^>]*>\s*(?:<title\b[^>]*>([^<]*)<\/title>)?\s*(?:<desc\b[^>]*>([^<]*)<\/desc>)?/;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}

export function svgTextEquivalent(svg: string): string | undefined {
  const match = rootText.exec(svg);
  const parts = [match?.[1], match?.[2]]
    .map((part) => unescapeXml(part ?? '').trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}
