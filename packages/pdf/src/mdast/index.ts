/**
 * mdast → pdfmake content. One renderer per construct, in the modules beside this one; this file
 * only dispatches. Everything the PDF cannot hold is reported with its position and marked in the
 * output, never dropped silently.
 *
 * @example
 *   const { content, messages } = mdastToPdfmake(sources.reports[0].tree, options);
 */
import { headingIds } from '@valmistelu/markdown/heading-ids';
import type {
  Definition,
  FootnoteDefinition,
  Heading,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type {} from 'mdast-util-mdx';
import { markOrigin, nodeOrigin } from '../content-origin.ts';
import { headingTag } from '../internals/tagging/heading-tag.ts';
import type { PdfContent } from '../pdfmake-types.ts';
import { renderBlockquote } from './blockquote.ts';
import { renderCode } from './code.ts';
import { renderComponentBlock, renderComponentInline } from './components/index.ts';
import type { BodyOptions, LocatedMessage, RenderContext } from './context.ts';
import { renderDelete } from './delete.ts';
import { renderEmphasis } from './emphasis.ts';
import { renderFootnoteReference, renderFootnotes } from './footnote.ts';
import { renderHeading } from './heading.ts';
import { renderInlineImage } from './image.ts';
import { renderInlineCode } from './inline-code.ts';
import type { InlineRun } from './inline-run.ts';
import { renderLink, renderLinkReference } from './link.ts';
import { renderList } from './list.ts';
import { renderParagraph, renderPhrasingBlock } from './paragraph.ts';
import { renderStrong } from './strong.ts';
import { renderTable } from './table.ts';
import { renderBreak, renderText } from './text.ts';
import { renderThematicBreak } from './thematic-break.ts';
import { renderUnsupported } from './unsupported.ts';

export type { BodyOptions, ContentLookup, ImageResolution, LocatedMessage } from './context.ts';

export interface RenderedBody {
  content: PdfContent[];
  messages: LocatedMessage[];
}

const placeholder = '[ei esitettävissä PDF:ssä]';

const phrasingTypes = new Set<string>([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

function isPhrasing(node: RootContent): node is PhrasingContent {
  return phrasingTypes.has(node.type);
}

export function mdastToPdfmake(tree: Root, options: BodyOptions): RenderedBody {
  const messages: LocatedMessage[] = [];
  const definitions = new Map<string, Definition>();
  const footnoteDefinitions: FootnoteDefinition[] = [];
  const footnoteNumbers = new Map<string, number>();
  const slugs = headingIds(tree);
  const topLevel = new Set<RootContent>(tree.children);
  let counter = 0;

  collectDefinitions(tree, definitions);
  const headingDepths = tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((node) => node.depth);

  const context: RenderContext = {
    options,
    topDepth: headingDepths.length ? Math.min(...headingDepths) : 1,
    outlineStack: [],
    blocks: (nodes) => renderBlocks(nodes),
    inlines: (nodes) => nodes.flatMap(renderInline),
    blockChildren: (node) =>
      node.type === 'mdxJsxFlowElement'
        ? renderBlocks(node.children)
        : renderPhrasingBlock(node.children, context, 'paragraph'),
    phrasingChildren: (node) =>
      node.type === 'mdxJsxTextElement'
        ? node.children.flatMap(renderInline)
        : node.children.flatMap((child, index) => [
            ...(index > 0 ? [{ text: ' ' }] : []),
            ...(isPhrasing(child)
              ? renderInline(child)
              : child.type === 'paragraph'
                ? child.children.flatMap(renderInline)
                : [context.fail(child, 'tekstin sisällä olevaan komponenttiin voi kirjoittaa vain tekstiä')]),
          ]),
    fail: (node, message) => {
      const start = node.position?.start;
      messages.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
      return { text: placeholder, style: ['unsupported'] };
    },
    footnoteNumber: (identifier) => {
      let number = footnoteNumbers.get(identifier);
      if (number === undefined) {
        number = footnoteNumbers.size + 1;
        footnoteNumbers.set(identifier, number);
      }
      return number;
    },
    // A dot, which no heading slug contains: a heading "Alaviite 1" would otherwise take the same id,
    // and pdfmake refuses a document with two nodes of one id.
    footnoteAnchor: (identifier) => `${options.idPrefix}alaviite.${context.footnoteNumber(identifier)}`,
    definition: (identifier) => definitions.get(identifier),
    nextId: (kind) => `${options.idPrefix}${kind}-${++counter}`,
    headingTag: (level) => headingTag((options.headingLevel ?? 2) + level - 1),
    headingId: (node) => `${options.idPrefix}${slugs.get(node) ?? `otsikko-${++counter}`}`,
  };

  function renderBlocks(nodes: readonly RootContent[]): PdfContent[] {
    const output: PdfContent[] = [];
    let phrasing: PhrasingContent[] = [];
    const flush = () => {
      const [first] = phrasing;
      if (first)
        output.push(...markOrigin(renderPhrasingBlock(phrasing, context, 'paragraph'), nodeOrigin(first)));
      phrasing = [];
    };
    for (const node of nodes) {
      if (isPhrasing(node)) {
        phrasing.push(node);
        continue;
      }
      flush();
      output.push(...markOrigin(renderBlock(node), nodeOrigin(node)));
    }
    flush();
    return output;
  }

  function renderBlock(node: RootContent): PdfContent[] {
    switch (node.type) {
      case 'paragraph':
        return renderParagraph(node, context);
      case 'heading':
        return renderHeading(node, context, topLevel.has(node));
      case 'thematicBreak':
        return renderThematicBreak(context);
      case 'blockquote':
        return renderBlockquote(node, context);
      case 'list':
        return renderList(node, context);
      case 'code':
        return renderCode(node);
      case 'table':
        return renderTable(node, context);
      case 'definition':
        // Used by the links and images that refer to it; it has no text of its own.
        return [];
      case 'footnoteDefinition':
        footnoteDefinitions.push(node);
        return [];
      case 'mdxJsxFlowElement':
        return renderComponentBlock(node, context);
      default:
        return [{ text: renderUnsupported(node as Nodes, context), style: 'paragraph' }];
    }
  }

  function renderInline(node: PhrasingContent): InlineRun[] {
    switch (node.type) {
      case 'text':
        return renderText(node);
      case 'break':
        return renderBreak(node);
      case 'emphasis':
        return renderEmphasis(node, context);
      case 'strong':
        return renderStrong(node, context);
      case 'delete':
        return renderDelete(node, context);
      case 'inlineCode':
        return renderInlineCode(node);
      case 'link':
        return renderLink(node, context);
      case 'linkReference':
        return renderLinkReference(node, context);
      case 'image':
      case 'imageReference':
        return renderInlineImage(node, context);
      case 'footnoteReference':
        return renderFootnoteReference(node, context);
      case 'mdxJsxTextElement':
        return renderComponentInline(node, context);
      default:
        return renderUnsupported(node, context);
    }
  }

  const content = renderBlocks(tree.children);
  // Footnote definitions inside other blocks are found as those blocks render, so this comes last.
  content.push(...renderFootnotes(footnoteDefinitions, context));
  return { content, messages };
}

function collectDefinitions(node: Root | RootContent, into: Map<string, Definition>): void {
  if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}
