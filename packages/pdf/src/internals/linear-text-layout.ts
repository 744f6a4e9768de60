/**
 * pdfmake's text layout, in time linear in the length of a paragraph.
 *
 * Why this replaces two methods of pdfmake: pdfmake 0.3 lays out a text node by taking its words
 * (inlines) off the front of one array, line after line, in `LayoutBuilder.buildNextLine`. For
 * every word placed it copies the rest of the array (`_inlines.slice(1)`) and shifts the array,
 * both as long as the paragraph, so a paragraph of n words costs n² (a 110 kB paragraph took 4 s,
 * 1 MB never finished). A word wider than a line is cut by measuring prefixes of the whole rest of
 * the word, and the rest again after each cut, so a 30,000-character word costs n² too (100 s).
 * pdfmake has no option for either, and splitting a paragraph into several text nodes would end
 * a line early at every split. The replacement below keeps pdfmake's decisions and changes only
 * how much it touches to make them:
 *
 * - The text node's `_inlines` holds at most a window of the words; the rest wait in a queue
 *   beside it and move in as the window empties. Every other reader of `_inlines` (pdfmake looks
 *   at its length, its first word, and puts words back at its front) sees the same front.
 * - `hasEnoughSpaceForInline` gets only the words it reads: those glued to the first one
 *   (`noNewLine`, as in `**a**b`), up to and including the first that is not glued.
 * - A word longer than `longText` characters is cut by measuring prefixes that double until one
 *   is wider than the space left, then searching inside that prefix as pdfmake searches the whole
 *   word. What remains of it is not measured; its width is Infinity ("wider than any line", which
 *   it is, as the cut took all that fit) until it is placed and measured at its final length.
 *
 * Before that, `TextInlines.buildInlines` flattens a text's runs with `reduce` and `concat`, which
 * copies the growing result once per run: n² again for a paragraph of many formatted runs. A run
 * whose `text` is an array without a style of its own is replaced by its runs there, so the runs
 * are handed over in groups of groups, which flatten to the same list in n log n.
 *
 * Texts of up to `longText` characters and `groupSize` runs take pdfmake's own path, so ordinary
 * documents lay out to the same bytes with and without this (a test renders both ways and compares).
 */
import type { PdfmakeClasses } from './upstream.ts';
import { method, wrap } from './wrap.ts';

interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
}

interface TextNode {
  _inlines?: Inline[];
}

interface Line {
  hasEnoughSpaceForInline(inline: Inline, nextInlines: Inline[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: Inline): void;
  lastLineInParagraph?: boolean;
}

interface LayoutBuilder {
  writer: { context(): { availableWidth: number } };
  buildNextLine(textNode: TextNode): Line | null;
}

interface TextInlinesInstance {
  widthOfText(text: string, inline: Inline): number;
  buildInlines(textArray: unknown, styleContextStack: unknown): unknown;
}
type LineConstructor = new (maxWidth: number) => Line;
type TextInlinesConstructor = new (pdfDocument: null) => TextInlinesInstance;

const file = 'linear-text-layout.ts';

/** pdfmake's classes and own methods, as installed; on the global object for a second copy of this module. */
const stateKey = Symbol.for('valmistelu.linearTextLayout');
interface State {
  LineClass: LineConstructor;
  TextInlines: TextInlinesConstructor;
  layoutPrototype: LayoutBuilder;
  textInlinesPrototype: TextInlinesInstance;
  buildNextLine: LayoutBuilder['buildNextLine'];
  buildInlines: TextInlinesInstance['buildInlines'];
}
const holder = globalThis as { [stateKey]?: State };
const state = (): State => {
  const installed = holder[stateKey];
  if (!installed) throw new Error('installLinearTextLayout has not run');
  return installed;
};

/** Words kept in `_inlines` at a time; copying and shifting an array this short is cheap. */
const windowSize = 256;
/** Longer words are cut with the bounded search and keep an unmeasured rest. */
export const longText = 256;

/** The words of each text node that have not yet moved into its window, by window. */
const queues = new WeakMap<Inline[], { items: Inline[]; next: number }>();

/** Keeps at least half a window of words in `inlines` while the queue has more. */
function refill(inlines: Inline[]): void {
  let queue = queues.get(inlines);
  if (!queue) {
    if (inlines.length <= 2 * windowSize) return;
    queue = { items: inlines.splice(windowSize), next: 0 };
    queues.set(inlines, queue);
  }
  if (inlines.length >= windowSize / 2) return;
  while (inlines.length < windowSize && queue.next < queue.items.length) {
    inlines.push(queue.items[queue.next++] as Inline);
  }
  if (queue.next === queue.items.length) queues.delete(inlines);
}

/** The word at `index` as if the queue were still part of the array. */
function wordAt(inlines: Inline[], index: number): Inline | undefined {
  if (index < inlines.length) return inlines[index];
  const queue = queues.get(inlines);
  return queue?.items[queue.next + index - inlines.length];
}

/** What `hasEnoughSpaceForInline` reads of the words after the first. */
function gluedAfterFirst(inlines: Inline[]): Inline[] {
  if (!inlines[0]?.noNewLine) return [];
  const glued: Inline[] = [];
  for (let index = 1; ; index += 1) {
    const word = wordAt(inlines, index);
    if (!word) return glued;
    glued.push(word);
    if (!word.noNewLine) return glued;
  }
}

/** pdfmake's search: the longest prefix (at least one character) no wider than `maxWidth`. */
function maxFitLength(text: string, maxWidth: number, measure: (text: string) => number): number {
  let low = 1;
  let high = text.length;
  let bestFit = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (measure(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return bestFit;
}

/** The same answer for a long word, measuring only about as much of it as fits on the line. */
function boundedMaxFitLength(text: string, maxWidth: number, measure: (text: string) => number): number {
  let bound = Math.min(text.length, 64);
  while (bound < text.length && measure(text.substring(0, bound)) <= maxWidth) {
    bound = Math.min(text.length, bound * 2);
  }
  return maxFitLength(text.substring(0, bound), maxWidth, measure);
}

/** Runs handed to pdfmake's flattening per group; it copies a group's result once per member. */
const groupSize = 32;

/** `runs` as nested groups of at most `groupSize`, which pdfmake flattens back to `runs`. */
function grouped(runs: unknown[]): unknown[] {
  if (runs.length <= groupSize) return runs;
  const groups: unknown[] = [];
  let size = groupSize;
  while (size * groupSize < runs.length) size *= groupSize;
  for (let start = 0; start < runs.length; start += size) {
    groups.push({ text: grouped(runs.slice(start, start + size)) });
  }
  return groups;
}

function buildInlines(this: TextInlinesInstance, textArray: unknown, styleContextStack: unknown): unknown {
  const original = state().buildInlines;
  const runs = Array.isArray(textArray) && textArray.length > groupSize ? grouped(textArray) : textArray;
  return original.call(this, runs, styleContextStack);
}

function buildNextLine(this: LayoutBuilder, textNode: TextNode): Line | null {
  const inlines = textNode._inlines;
  if (!inlines) return null;
  refill(inlines);
  if (inlines.length === 0) return null;
  const { LineClass, TextInlines } = state();
  const line = new LineClass(this.writer.context().availableWidth);
  const textInlines = new TextInlines(null);
  let isForceContinue = false;
  for (;;) {
    refill(inlines);
    const first = inlines[0];
    if (!first || !(line.hasEnoughSpaceForInline(first, gluedAfterFirst(inlines)) || isForceContinue)) break;
    let isHardWrap = false;
    const inline = inlines.shift() as Inline;
    const measure = (text: string) => textInlines.widthOfText(text, inline);
    if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
      const long = inline.text.length > longText;
      const fit = (long ? boundedMaxFitLength : maxFitLength)(inline.text, line.getAvailableWidth(), measure);
      if (fit < inline.text.length) {
        const rest = { ...inline, text: inline.text.substring(fit) };
        inline.text = inline.text.substring(0, fit);
        rest.width = rest.text.length > longText ? Number.POSITIVE_INFINITY : measure(rest.text);
        inline.width = measure(inline.text);
        inlines.unshift(rest);
        isHardWrap = true;
      } else if (inline.width === Number.POSITIVE_INFINITY) {
        // The rest of a cut word that fits whole on this line: now its width is needed.
        inline.width = measure(inline.text);
      }
    }
    line.addInline(inline);
    isForceContinue = Boolean(inline.noNewLine) && !isHardWrap;
  }
  line.lastLineInParagraph = inlines.length === 0 && !queues.has(inlines);
  return line;
}

/**
 * Replaces pdfmake's `buildNextLine` and `buildInlines` on the given classes; `installInternals`
 * calls it once per process.
 */
export function installLinearTextLayout(classes: PdfmakeClasses): void {
  const layoutPrototype = classes.LayoutBuilder.prototype as LayoutBuilder;
  const textInlinesPrototype = classes.TextInlines.prototype as TextInlinesInstance;
  // What the replacement calls of pdfmake's, checked before anything is replaced.
  method(classes.Line.prototype, 'hasEnoughSpaceForInline', file);
  method(classes.Line.prototype, 'getAvailableWidth', file);
  method(classes.Line.prototype, 'addInline', file);
  method(textInlinesPrototype, 'widthOfText', file);
  const pdfmakeBuildNextLine = wrap(layoutPrototype, 'buildNextLine', file, () => buildNextLine);
  const pdfmakeBuildInlines = wrap(textInlinesPrototype, 'buildInlines', file, () => buildInlines);
  holder[stateKey] = {
    LineClass: classes.Line as unknown as LineConstructor,
    TextInlines: classes.TextInlines as unknown as TextInlinesConstructor,
    layoutPrototype,
    textInlinesPrototype,
    buildNextLine: pdfmakeBuildNextLine,
    buildInlines: pdfmakeBuildInlines,
  };
}

/** Runs `render` with pdfmake's own layout, for tests that compare the two. */
export async function withPdfmakeTextLayout<T>(render: () => Promise<T>): Promise<T> {
  const installed = holder[stateKey];
  if (!installed) return render();
  const { layoutPrototype, textInlinesPrototype } = installed;
  const current = {
    buildNextLine: layoutPrototype.buildNextLine,
    buildInlines: textInlinesPrototype.buildInlines,
  };
  layoutPrototype.buildNextLine = installed.buildNextLine;
  textInlinesPrototype.buildInlines = installed.buildInlines;
  try {
    return await render();
  } finally {
    layoutPrototype.buildNextLine = current.buildNextLine;
    textInlinesPrototype.buildInlines = current.buildInlines;
  }
}
