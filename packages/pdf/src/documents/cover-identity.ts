/**
 * The organisation's identity on a document's cover: its logo above the cover's first line, a
 * rule and the titles in its primary colour. A transform of a finished definition, so that every
 * kind of document (pack, minutes, report, chart) gets the same cover without each knowing of
 * it; content without `identity` gets the definition back unchanged.
 */
import type { LogoFile } from '@valmistelu/content/logo-file';
import type { ContentModel } from '@valmistelu/domain/schema';
import { organisationName, siteColors } from '@valmistelu/domain/site-identity';
import {
  type DynamicContent,
  type PdfContent,
  pdfNode,
  type TDocumentDefinitions,
} from '../pdfmake-types.ts';
import { pageMargins } from './base.ts';
import { styles } from './styles.ts';

/** The logo's box on a cover, in points: 17 mm high, at most a third of an A4 text width. */
const logoBox = { width: 160, height: 48 } as const;
/**
 * On a chart's page, which has no cover of its own, the logo goes in the top margin instead:
 * the chart is sized to fill the rest of the first page, and a line more would push it over.
 */
const marginLogoBox = { width: 120, height: 30 } as const;

/** The style of a cover's first line, where the logo goes; and the styles that take the colour. */
const coverStyles = ['coverKicker'];
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
function insertBeforeCover(nodes: readonly PdfContent[], block: PdfContent): PdfContent[] | undefined {
  const index = nodes.findIndex((node) => hasStyle(node, coverStyles));
  if (index >= 0) return [...nodes.slice(0, index), block, ...nodes.slice(index)];
  for (const [position, node] of nodes.entries()) {
    const inner = (node ?? {}) as { stack?: unknown; section?: unknown };
    const key = Array.isArray(inner.stack) ? 'stack' : Array.isArray(inner.section) ? 'section' : undefined;
    const inserted = key && insertBeforeCover(inner[key] as PdfContent[], block);
    if (inserted)
      return nodes.map((item, at) =>
        at === position ? ({ ...inner, [key]: inserted } as PdfContent) : item,
      );
  }
  return undefined;
}

function logoNode(
  logo: LogoFile,
  alt: string,
  box: { width: number; height: number } = logoBox,
): { node: PdfContent; images: Record<string, string> } {
  const scale = Math.min(box.width / logo.width, box.height / logo.height);
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

/** The first page's header: the logo in the top margin, then whatever header the document had. */
function firstPageLogo(doc: TDocumentDefinitions, logo: PdfContent): DynamicContent {
  const previous = doc.header;
  return (currentPage, pageCount, pageSize) => {
    if (currentPage === 1) return { stack: [logo], margin: [pageMargins[0], 18, pageMargins[2], 0] };
    return typeof previous === 'function' ? previous(currentPage, pageCount, pageSize) : (previous ?? null);
  };
}

export function withCoverIdentity(
  doc: TDocumentDefinitions,
  content: ContentModel,
  logo: LogoFile | undefined,
): TDocumentDefinitions {
  const { site } = content;
  if (!site.identity) return doc;
  const { primary } = siteColors(site);
  const alt = organisationName(site);
  const coloured = Object.fromEntries(
    colouredStyles.map((name) => [name, { ...(styles[name] as object), color: primary }]),
  );
  const body = (Array.isArray(doc.content) ? doc.content : [doc.content]) as PdfContent[];
  const drawn = logo && logoNode(logo, alt);
  const block: PdfContent = {
    stack: [
      ...(drawn ? [drawn.node] : []),
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: primary }],
        margin: [0, 10, 0, 0],
      },
    ],
    margin: [0, 0, 0, 18],
  };
  const withBlock = insertBeforeCover(body, block);
  const inMargin = !withBlock && logo ? logoNode(logo, alt, marginLogoBox) : undefined;
  const images = withBlock ? drawn?.images : inMargin?.images;
  return {
    ...doc,
    content: withBlock ?? body,
    styles: { ...doc.styles, ...coloured },
    ...(inMargin && { header: firstPageLogo(doc, inMargin.node) }),
    ...(images && Object.keys(images).length > 0 && { images: { ...doc.images, ...images } }),
  };
}
