/**
 * Each text of a document measured once, not once per layout pass.
 *
 * Why: the page-break rules (`documents/page-breaks.ts`, pdfmake's `pageBreakBefore`) make
 * pdfmake lay the whole document out again each time a heading or a kept-together block moves to
 * the next page, and every pass measures every text again: the words' fonts, styles and widths
 * (`DocMeasure.measureLeaf`). A meeting pack at 10× the default content took three passes, a
 * larger one more, so packs cost several times their size. A text's measure depends only on its
 * text and the styles around it, which a later pass does not change; where it does (a text filled
 * in from a reference, another style stack), the text is measured again.
 *
 * Layout consumes a text's measured words (`_inlines`) and writes positions into them, so each pass
 * gets its own copies of the words the first pass measured: the same values pdfmake would compute
 * again. The bytes of every PDF stay the same (a test renders documents both ways and compares).
 */

import { speedUpSwitch } from './speed-up-switch.ts';
import type { PdfmakeClasses } from './upstream.ts';
import { method, wrap } from './wrap.ts';

const file = 'measure-once.ts';

interface LeafNode {
  text: unknown;
  _textRef?: { _textNodeRef: { text?: unknown } };
  _inlines?: object[];
  _minWidth?: number;
  _maxWidth?: number;
}

interface DocMeasure {
  styleStack: { styleOverrides: unknown[] };
}

interface Measured {
  text: unknown;
  /** The style stack the text was measured under, entry by entry. */
  styles: StyleEntry[];
  inlines: object[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

const measured = new WeakMap<object, Measured>();
const speedUp = speedUpSwitch();

/**
 * An entry of a style stack as it was when a text was measured: a style's name, or a node and
 * its own fields then. Fields starting with `_` are layout's (margins, measured widths).
 */
type StyleEntry = string | { node: object; fields: [string, unknown][] };

const ownFields = (node: object): [string, unknown][] =>
  Object.entries(node).filter(([key]) => !key.startsWith('_'));

function entryOf(entry: unknown): StyleEntry {
  return typeof entry === 'object' && entry !== null
    ? { node: entry, fields: ownFields(entry) }
    : (entry as string);
}

/**
 * Whether a stack gives the styles it gave when the text was measured: entry by entry the same
 * name, the same node, or a node with the same fields (pdfmake wraps the document's content in a
 * new node on each pass).
 */
function sameStyles(then: readonly StyleEntry[], now: readonly unknown[]): boolean {
  if (then.length !== now.length) return false;
  return then.every((entry, index) => {
    const current = now[index];
    if (typeof entry !== 'object') return entry === current;
    if (entry.node === current) return true;
    if (typeof current !== 'object' || current === null) return false;
    const fields = ownFields(current);
    return (
      fields.length === entry.fields.length &&
      entry.fields.every(([key, value]) => (current as Record<string, unknown>)[key] === value)
    );
  });
}

/** Installs the cache on pdfmake's `DocMeasure.measureLeaf`. */
export function installMeasureOnce(classes: PdfmakeClasses): void {
  const prototype = classes.DocMeasure.prototype;
  method(prototype, 'measureNode', file);
  wrap(
    prototype,
    'measureLeaf',
    file,
    (original) =>
      function measureLeaf(this: DocMeasure, node: LeafNode): LeafNode {
        const styles = this.styleStack.styleOverrides;
        const text = node._textRef?._textNodeRef.text || node.text;
        if (!speedUp.on) return original.call(this, node) as LeafNode;
        const known = measured.get(node);
        if (known && known.text === text && sameStyles(known.styles, styles)) {
          node.text = text;
          node._inlines = known.inlines.map((inline) => ({ ...inline }));
          node._minWidth = known.minWidth;
          node._maxWidth = known.maxWidth;
          return node;
        }
        const result = original.call(this, node) as LeafNode;
        measured.set(node, {
          text: node.text,
          styles: styles.map(entryOf),
          inlines: (node._inlines ?? []).map((inline) => ({ ...inline })),
          minWidth: node._minWidth,
          maxWidth: node._maxWidth,
        });
        return result;
      },
  );
}

/** Runs `render` with every text measured again on each layout pass, for tests that compare. */
export const withoutMeasureOnce = speedUp.without;
