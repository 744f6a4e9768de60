/**
 * Images: local PNG or JPEG files inside the content folder, checked and loaded before rendering.
 * An image stands as its own block; its title (or alt text) becomes the caption.
 */
import type { Image, ImageReference, Link, PhrasingContent } from 'mdast';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';
import { resolveHref } from './link.ts';

const maxImageHeight = 360;

export type ImageNode = Image | ImageReference;

export function isImageNode(node: PhrasingContent): node is ImageNode {
  return node.type === 'image' || node.type === 'imageReference';
}

/** A link whose only content is images, as in `[![kaavio](kaavio.png)](https://…)`. */
export function isLinkedImage(node: PhrasingContent): node is Link {
  return node.type === 'link' && node.children.length > 0 && node.children.every(isImageNode);
}

export function renderImage(node: ImageNode, context: RenderContext, href?: string): PdfContent[] {
  let url: string;
  let title: string | null | undefined;
  if (node.type === 'image') {
    url = node.url;
    title = node.title;
  } else {
    const definition = context.definition(node.identifier);
    if (!definition)
      return [
        { text: [context.fail(node, `kuvan viitettä [${node.label ?? node.identifier}] ei ole määritelty`)] },
      ];
    url = definition.url;
    title = definition.title;
  }
  const resolved = context.options.resolveImage(url);
  if (!resolved.ok) return [{ text: [context.fail(node, resolved.message)] }];
  const caption = title || node.alt;
  return [
    {
      stack: [
        pdfNode({
          image: resolved.key,
          maxWidth: context.options.contentWidth,
          maxHeight: maxImageHeight,
          alignment: 'center',
          // Its alternate text in the tagged PDF; an image without one is decoration, as `alt=""`.
          alt: node.alt ?? '',
          ...(href !== undefined && { link: href }),
        }),
        ...(caption ? [pdfNode({ text: caption, style: 'caption', tag: 'Caption' })] : []),
      ],
      style: 'figure',
      unbreakable: true,
    },
  ];
}

export function renderLinkedImage(node: Link, context: RenderContext): PdfContent[] {
  const href = resolveHref(node.url, context.options.pageUrl);
  if (href === undefined)
    return [
      { text: [context.fail(node, `linkin osoite "${node.url}" ei ole http-, https- tai mailto-osoite`)] },
    ];
  return node.children.flatMap((child) => (isImageNode(child) ? renderImage(child, context, href) : []));
}

/** An image inside emphasis or a link with text cannot be placed; say where to move it. */
export function renderInlineImage(node: ImageNode, context: RenderContext) {
  return [context.fail(node, 'kuva pitää kirjoittaa omaksi kappaleekseen (tyhjä rivi ennen ja jälkeen)')];
}
