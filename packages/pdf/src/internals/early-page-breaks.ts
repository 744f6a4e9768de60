/**
 * A document's page-break rule for headings applied while pdfmake places each heading, so that it
 * costs no second layout.
 *
 * Why: pdfmake asks a document's `pageBreakBefore` about each node only after laying the whole
 * document out, and when the answer moves a node to the next page it lays the whole document out
 * again, once per moved node. Headings are most of those moves (`documents/page-breaks.ts`: a
 * heading does not start in the foot of a page): a meeting pack at 100× the default content was
 * laid out four times, 13 s instead of 4. The rule for a heading needs only where the heading
 * starts, which is known when pdfmake is about to place it: this hook gives the node its
 * `pageBreak: 'before'` then, as the second layout would have, so the layout comes out the same.
 *
 * Only where the start is certain: a text in the page's main flow (not in a table or columns)
 * whose first line surely fits where it would start. Everything else, and the rule for blocks kept
 * together (which needs where the block ends), is left to `pageBreakBefore` and its extra layouts.
 */

import { speedUpSwitch } from './speed-up-switch.ts';
import type { PdfmakeClasses } from './upstream.ts';
import { method, wrap } from './wrap.ts';

const file = 'early-page-breaks.ts';

/** Attached to a document's `pageBreakBefore` function: whether a heading starting at `verticalRatio` moves. */
export const earlyPageBreak = Symbol.for('valmistelu.earlyPageBreak');

export type EarlyPageBreak = (node: { style?: unknown }, verticalRatio: number) => boolean;

interface TextNode {
  text?: unknown;
  style?: unknown;
  pageBreak?: string;
  _margin?: number[] | null;
  _inlines?: { height?: number }[];
  _textRef?: unknown;
  relativePosition?: unknown;
  absolutePosition?: unknown;
}

interface Context {
  y: number;
  availableHeight: number;
  snapshots: unknown[];
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { pageSize: { height: number } } | null;
}

interface Builder {
  writer: { context(): Context };
}

/** The rule of the document being laid out; layout is synchronous, so one at a time. */
let current: EarlyPageBreak | undefined;
const speedUp = speedUpSwitch();

/** Where the node's first line would start, as pdfmake records it (`verticalRatio`), if certain. */
function startRatio(builder: Builder, node: TextNode): number | undefined {
  const context = builder.writer.context();
  const page = context.getCurrentPage();
  if (!page || context.snapshots.length > 0) return undefined;
  const top = node._margin?.[1] ?? 0;
  const tallest = Math.max(0, ...(node._inlines ?? []).map((inline) => inline.height ?? 0));
  // Twice the tallest word: a first line that might not fit moves by pdfmake's own rules instead.
  if (tallest === 0 || context.availableHeight - top < 2 * tallest) return undefined;
  const innerHeight = page.pageSize.height - context.pageMargins.top - context.pageMargins.bottom;
  return (context.y + top - context.pageMargins.top) / innerHeight;
}

export function installEarlyPageBreaks(classes: PdfmakeClasses): void {
  const builder = classes.LayoutBuilder.prototype;
  method(builder, 'tryLayoutDocument', file);
  wrap(
    builder,
    'layoutDocument',
    file,
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const previous = current;
        const rule = args[8] as { [earlyPageBreak]?: EarlyPageBreak } | undefined;
        current = speedUp.on && typeof rule === 'function' ? rule[earlyPageBreak] : undefined;
        try {
          return original.apply(this, args);
        } finally {
          current = previous;
        }
      },
  );
  wrap(
    builder,
    'processNode',
    file,
    (original) =>
      function (this: Builder, ...args: unknown[]) {
        const node = args[0] as TextNode;
        if (
          current &&
          node.pageBreak === undefined &&
          node.text !== undefined &&
          node.text !== '' &&
          !node._textRef &&
          !node.relativePosition &&
          !node.absolutePosition
        ) {
          const ratio = startRatio(this, node);
          if (ratio !== undefined && current(node, ratio)) node.pageBreak = 'before';
        }
        return original.apply(this, args);
      },
  );
}

/** Runs `render` with every page break left to pdfmake's `pageBreakBefore`, for tests that compare. */
export const withoutEarlyPageBreaks = speedUp.without;
