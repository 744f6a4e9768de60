/**
 * A tiny SVG string builder. Attribute order is the order written, numbers are rounded, text is
 * escaped: the three things that keep the output deterministic and safe to embed.
 */
import { round2 } from './round.ts';

export type Attributes = Record<string, string | number | undefined>;

/** Escapes text and attribute values; `'` too, so values are safe in either quote style. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function formatAttributes(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? round2(value) : escapeXml(value)}"`)
    .join('');
}

/** An element whose children are already serialised SVG. Empty elements self-close. */
export function element(name: string, attributes: Attributes, children: readonly string[] = []): string {
  const open = `<${name}${formatAttributes(attributes)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** An element holding only text, such as `<text>` or `<title>`. */
export function textElement(name: string, attributes: Attributes, text: string): string {
  return `<${name}${formatAttributes(attributes)}>${escapeXml(text)}</${name}>`;
}

/** `M x y L x y …` for a polyline of points. */
export function pathData(points: readonly { x: number; y: number }[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${round2(point.x)} ${round2(point.y)}`)
    .join(' ');
}
