/**
 * Sets what Roboto (or Roboto Mono) cannot draw in a fallback font (`fonts.ts`), so that no
 * character silently vanishes: every text of a document definition is split into runs, each run
 * in the first font of its family's chain that has all its characters. pdfmake has one font per
 * run and no fallback of its own; this pass gives it runs it can set. Chart SVGs get the same,
 * a whole `<text>` at a time.
 *
 * A text's family follows pdfmake's rules: its own `font`, else the last of its styles that sets
 * one, else its parent's, else the default style's. Text made only of characters every font has
 * (printable Latin-1 and Finnish punctuation) is returned as it is, without looking further.
 *
 * @example
 *   withFallbackFonts({ content: ['Ǩǩ ✓'], defaultStyle: { font: 'Roboto' } }).content;
 *   // → [{ text: [{ text: 'Ǩǩ', font: 'NotoSans' }, { text: ' ' }, { text: '✓', font: 'DejaVuSans' }] }]
 */
import { type FontFamily, fallbackFamilies, familyFor, familyForAll } from './fonts.ts';
import type { StyleDictionary, TDocumentDefinitions } from './pdfmake-types.ts';
import { unescapeXml } from './xml-text.ts';

type Value = unknown;
type Run = { [key: string]: Value };

/** Text every embedded font draws: printable Latin-1, line breaks and Finnish punctuation. */
const commonText =
  /^[\t\n\r\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2022\u2026\u20ac]*$/;

const isFamily = (font: string): font is FontFamily => Object.hasOwn(fallbackFamilies, font);

/** Properties a run may carry only once: pdfmake refuses a repeated id. */
const onFirstPieceOnly = ['id', 'tocItem', 'outline', 'outlineText'];

/** `text` as pieces, each with the family that sets it; `undefined` when one family sets it all. */
function pieces(text: string, family: FontFamily): { text: string; font: string }[] | undefined {
  if (commonText.test(text)) return undefined;
  const result: { text: string; font: string }[] = [];
  for (const character of text) {
    const font = familyFor(family, character.codePointAt(0) ?? 0);
    const last = result[result.length - 1];
    if (last && last.font === font) last.text += character;
    else result.push({ text: character, font });
  }
  return result.length === 1 && result[0]?.font === family ? undefined : result;
}

class FallbackPass {
  private readonly styles: StyleDictionary;

  constructor(styles: StyleDictionary) {
    this.styles = styles;
  }

  private fontOf(node: Run, inherited: string): string {
    if (typeof node.font === 'string') return node.font;
    const names = Array.isArray(node.style) ? node.style : node.style === undefined ? [] : [node.style];
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const name = names[index];
      const style = typeof name === 'string' ? this.styles[name] : (name as { font?: unknown } | undefined);
      if (typeof style?.font === 'string') return style.font;
    }
    return inherited;
  }

  /** A run (or plain string) of a text array, as one or more runs. */
  private runs(run: Value, font: string): Value[] {
    if (typeof run === 'string') {
      const split = isFamily(font) ? pieces(run, font) : undefined;
      if (!split) return [run];
      return split.map((piece) => (piece.font === font ? { text: piece.text } : piece));
    }
    if (typeof run !== 'object' || run === null || Array.isArray(run)) return [run];
    const node = run as Run;
    const own = this.fontOf(node, font);
    if (Array.isArray(node.text) || (typeof node.text === 'object' && node.text !== null)) {
      const text = this.text(node.text, own);
      return [text === node.text ? node : { ...node, text }];
    }
    if (typeof node.text !== 'string' || !isFamily(own)) return [node];
    const split = pieces(node.text, own);
    if (!split) return [node];
    return split.map((piece, index) => {
      const copy: Run = { ...node, text: piece.text };
      if (piece.font !== own) copy.font = piece.font;
      if (index > 0) for (const key of onFirstPieceOnly) delete copy[key];
      return copy;
    });
  }

  /** The value of a `text` property. */
  private text(text: Value, font: string): Value {
    if (typeof text === 'string') {
      const runs = this.runs(text, font);
      return runs.length === 1 && runs[0] === text ? text : runs;
    }
    const list = Array.isArray(text) ? text : [text];
    let changed = false;
    const runs = list.flatMap((run) => {
      const result = this.runs(run, font);
      if (result.length !== 1 || result[0] !== run) changed = true;
      return result;
    });
    return changed ? runs : text;
  }

  node(node: Value, font: string): Value {
    if (typeof node === 'string') {
      const text = this.text(node, font);
      return text === node ? node : { text };
    }
    if (Array.isArray(node)) return this.list(node, font);
    if (typeof node !== 'object' || node === null) return node;
    const source = node as Run;
    const own = this.fontOf(source, font);
    let copy: Run | undefined;
    const set = (key: string, value: Value) => {
      if (value === source[key]) return;
      copy ??= { ...source };
      copy[key] = value;
    };
    if ('text' in source) set('text', this.text(source.text, own));
    for (const key of ['stack', 'columns', 'ul', 'ol'])
      if (Array.isArray(source[key])) set(key, this.list(source[key] as Value[], own));
    if (source.section !== undefined) {
      set('section', this.node(source.section, own));
      for (const key of ['header', 'footer', 'background'])
        if (source[key] !== undefined && source[key] !== null) set(key, wrapped(source[key], this, own));
    }
    if (typeof source.svg === 'string') set('svg', svgWithFallbackFonts(source.svg));
    const table = source.table as { body?: Value[][] } | undefined;
    if (Array.isArray(table?.body)) {
      const body = this.list(table.body, own) as Value[][];
      if (body !== table.body) set('table', { ...table, body });
    }
    const toc = source.toc as { title?: Value } | undefined;
    if (toc?.title !== undefined) {
      const title = this.node(toc.title, own);
      if (title !== toc.title) set('toc', { ...toc, title });
    }
    return copy ?? source;
  }

  list(items: readonly Value[], font: string): Value[] {
    let changed = false;
    const result = items.map((item) => {
      const mapped = Array.isArray(item) ? this.list(item, font) : this.node(item, font);
      if (mapped !== item) changed = true;
      return mapped;
    });
    return changed ? result : (items as Value[]);
  }
}

/**
 * An SVG whose texts Roboto cannot draw are set in the first fallback that draws all of each.
 * A whole `<text>` changes font rather than a part of it: svg-to-pdfkit places a `<tspan>` after a
 * gap and centres only the first part of a centred label.
 */
export function svgWithFallbackFonts(svg: string, family: FontFamily = 'Roboto'): string {
  if (commonText.test(svg)) return svg;
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (whole, attributes: string, content: string) => {
    const text = unescapeXml(content);
    if (!pieces(text, family)) return whole;
    const font = familyForAll(family, text);
    if (font === family) return whole;
    const others = attributes.replace(/\sfont-family="[^"]*"/, '');
    return `<text${others} font-family="${font}">${content}</text>`;
  });
}

/** Headers and footers are functions of the page: the pass runs on what they return. */
function wrapped(value: Value, pass: FallbackPass, font: string): Value {
  if (typeof value !== 'function') return value === undefined ? value : pass.node(value, font);
  return (...args: unknown[]) => pass.node((value as (...args: unknown[]) => Value)(...args), font);
}

export function withFallbackFonts(doc: TDocumentDefinitions): TDocumentDefinitions {
  const pass = new FallbackPass(doc.styles ?? {});
  const font = typeof doc.defaultStyle?.font === 'string' ? doc.defaultStyle.font : 'Roboto';
  return {
    ...doc,
    content: pass.node(doc.content, font) as TDocumentDefinitions['content'],
    ...(doc.header !== undefined && {
      header: wrapped(doc.header, pass, font) as TDocumentDefinitions['header'],
    }),
    ...(doc.footer !== undefined && {
      footer: wrapped(doc.footer, pass, font) as TDocumentDefinitions['footer'],
    }),
  };
}
