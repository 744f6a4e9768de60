/**
 * The organisation's identity on a document's cover: its logo above the cover's first line, a
 * rule and the titles in its primary colour. A transform of a finished definition, so that every
 * kind of document (pack, minutes, report, chart) gets the same cover without each knowing of
 * it; content without `identity` gets the definition back unchanged.
 */
import type { LogoFile } from '@valmistelu/content/logo-file';
import type { Content as Model } from '@valmistelu/domain/schema';
import { organisationName, siteColors } from '@valmistelu/domain/site-identity';
import { type Content, pdfNode, type TDocumentDefinitions } from '../pdfmake-types.ts';
import { styles } from './styles.ts';

/** The logo's box on a cover, in points: 17 mm high, at most a third of an A4 text width. */
const logoBox = { width: 160, height: 48 } as const;

/** The styles of a cover's first lines: where the logo goes, and what takes the colour. */
const coverStyles = ['coverKicker', 'sectionTitle'];
const colouredStyles = ['coverKicker', 'coverTitle', 'sectionTitle'] as const;

function hasStyle(node: unknown, names: readonly string[]): boolean {
  const style = (node as { style?: unknown } | null)?.style;
  const list = Array.isArray(style) ? style : [style];
  return list.some((name) => typeof name === 'string' && names.includes(name));
}

/**
 * `nodes` with `block` before the first cover line, looking into stacks and sections; copied
 * along the path only (nodes hold functions, such as a section's running header), or undefined
 * when there is no cover line.
 */
function insertBeforeCover(nodes: readonly Content[], block: Content): Content[] | undefined {
  const index = nodes.findIndex((node) => hasStyle(node, coverStyles));
  if (index >= 0) return [...nodes.slice(0, index), block, ...nodes.slice(index)];
  for (const [position, node] of nodes.entries()) {
    const inner = (node ?? {}) as { stack?: unknown; section?: unknown };
    const key = Array.isArray(inner.stack) ? 'stack' : Array.isArray(inner.section) ? 'section' : undefined;
    const inserted = key && insertBeforeCover(inner[key] as Content[], block);
    if (inserted)
      return nodes.map((item, at) => (at === position ? ({ ...inner, [key]: inserted } as Content) : item));
  }
  return undefined;
}

function logoNode(logo: LogoFile, alt: string): { node: Content; images: Record<string, string> } {
  const scale = Math.min(logoBox.width / logo.width, logoBox.height / logo.height);
  const fit: [number, number] = [logo.width * scale, logo.height * scale];
  if (logo.mime === 'image/svg+xml')
    return {
      node: pdfNode({ svg: Buffer.from(logo.data, 'base64').toString('utf8'), fit, alt }),
      images: {},
    };
  return {
    node: pdfNode({ image: 'tunnus', fit, alt }),
    images: { tunnus: `data:${logo.mime};base64,${logo.data}` },
  };
}

export function withCoverIdentity(
  doc: TDocumentDefinitions,
  content: Model,
  logo: LogoFile | undefined,
): TDocumentDefinitions {
  const { site } = content;
  if (!site.identity) return doc;
  const { primary } = siteColors(site);
  const drawn = logo && logoNode(logo, organisationName(site));
  const block: Content = {
    stack: [
      ...(drawn ? [drawn.node] : []),
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: primary }],
        margin: [0, 10, 0, 0],
      },
    ],
    margin: [0, 0, 0, 18],
  };
  const body = (Array.isArray(doc.content) ? doc.content : [doc.content]) as Content[];
  const coloured = Object.fromEntries(
    colouredStyles.map((name) => [name, { ...(styles[name] as object), color: primary }]),
  );
  return {
    ...doc,
    content: insertBeforeCover(body, block) ?? [block, ...body],
    styles: { ...doc.styles, ...coloured },
    ...(drawn && Object.keys(drawn.images).length > 0 && { images: { ...doc.images, ...drawn.images } }),
  };
}
