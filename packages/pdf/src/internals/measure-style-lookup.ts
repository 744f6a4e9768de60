/**
 * pdfmake's text measuring with each style property looked up once per style, not once per word.
 *
 * Why: `TextInlines.measure` asks `StyleContextStack.getStyleProperty` for twenty properties of
 * every word (font, bold, size, colour, decoration, link, …). Each ask pushes the word and its
 * named styles on the style stack and walks the whole stack, allocating a set and a closure per
 * named style. In the 90-page long report of the benchmark this was 15% of rendering, and much of
 * the garbage collection besides. pdfmake has no option for it.
 *
 * Within one `measure` call the stack under the words stays the same. A word that does not set a
 * property itself gets it from its named styles (`style`) or from that stack: the word pushed on
 * top has nothing for that property, or the lookup would have ended at the word. So for the call's
 * stack the answer depends only on the word's `style` and the property, and is remembered for the
 * rest of the call. A word's own properties, another stack, a `style` that is not names, and every
 * call outside `measure` go to pdfmake's lookup, unchanged. The bytes of every PDF stay the same (a
 * test renders documents both ways and compares).
 */
import type { PdfmakeClasses } from './upstream.ts';
import { method, wrap } from './wrap.ts';

type Lookup = (item: unknown, stack: unknown, property: string, defaultValue: unknown) => unknown;

interface StyleStack {
  auto(item: object, callback: () => void): void;
  getProperty(property: string): unknown;
}

interface TextInlinesPrototype {
  measure(array: unknown[], stack: unknown): unknown[];
}

const file = 'measure-style-lookup.ts';

/** pdfmake's classes and own `measure`, as installed; on the global object for a second copy of this module. */
const stateKey = Symbol.for('valmistelu.measureStyleLookup');
interface State {
  StyleContextStack: { getStyleProperty: Lookup };
  textInlinesPrototype: TextInlinesPrototype;
  measure: TextInlinesPrototype['measure'];
}
const holder = globalThis as { [stateKey]?: State };

/** pdfmake's `isValue`: anything but undefined and null. */
const isValue = (value: unknown) => value !== undefined && value !== null;

/** Whether `style` is what `autopush` reads as style names: none, one name, or a list of names. */
function namesOnly(style: unknown): boolean {
  return (
    !style ||
    typeof style === 'string' ||
    (Array.isArray(style) && style.every((name) => typeof name === 'string'))
  );
}

/** pdfmake's lookup, remembering what the words of one `measure` call get from `stack`. */
function rememberingLookup(pdfmakeLookup: Lookup, stack: StyleStack): Lookup {
  // By the word's `style` (the words of one run share it), then by property. A list of names is
  // keyed by the list itself: equal lists in two runs are looked up once each, which is still right.
  const known = new Map<unknown, Map<string, unknown> | undefined>();
  return (item, context, property, defaultValue) => {
    const word = item as Record<string, unknown> | null;
    if (context !== stack || typeof word !== 'object' || word === null || word.section !== undefined) {
      return pdfmakeLookup(item, context, property, defaultValue);
    }
    if (isValue(word[property])) return word[property];
    const style = word.style || '';
    if (!known.has(style)) known.set(style, namesOnly(style) ? new Map() : undefined);
    const values = known.get(style);
    if (!values) return pdfmakeLookup(item, context, property, defaultValue);
    let value: unknown;
    if (values.has(property)) value = values.get(property);
    else {
      stack.auto(word, () => {
        value = stack.getProperty(property);
      });
      values.set(property, value);
    }
    return isValue(value) ? value : defaultValue;
  };
}

function measure(this: TextInlinesPrototype, array: unknown[], stack: unknown): unknown[] {
  const installed = holder[stateKey];
  if (!installed) throw new Error('installMeasureStyleLookup has not run');
  const { StyleContextStack, measure: original } = installed;
  const pdfmakeLookup = StyleContextStack.getStyleProperty;
  if (!stack) return original.call(this, array, stack);
  StyleContextStack.getStyleProperty = rememberingLookup(pdfmakeLookup, stack as StyleStack);
  try {
    return original.call(this, array, stack);
  } finally {
    StyleContextStack.getStyleProperty = pdfmakeLookup;
  }
}

/**
 * Replaces pdfmake's `TextInlines.measure` on the given classes; `installInternals` calls it once
 * per process.
 */
export function installMeasureStyleLookup(classes: PdfmakeClasses): void {
  const StyleContextStack = classes.StyleContextStack as unknown as State['StyleContextStack'];
  // Swapped in for each call of `measure`, so it must be there before `measure` is replaced.
  method(StyleContextStack, 'getStyleProperty', file);
  const textInlinesPrototype = classes.TextInlines.prototype as TextInlinesPrototype;
  const original = wrap(textInlinesPrototype, 'measure', file, () => measure);
  holder[stateKey] = { StyleContextStack, textInlinesPrototype, measure: original };
}

/** Runs `render` with pdfmake's own measuring, for tests that compare the two. */
export async function withPdfmakeStyleLookup<T>(render: () => Promise<T>): Promise<T> {
  const installed = holder[stateKey];
  if (!installed) return render();
  const current = installed.textInlinesPrototype.measure;
  installed.textInlinesPrototype.measure = installed.measure;
  try {
    return await render();
  } finally {
    installed.textInlinesPrototype.measure = current;
  }
}
