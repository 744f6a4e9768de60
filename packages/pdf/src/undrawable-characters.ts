/**
 * Characters the embedded fonts cannot draw. pdfkit sets such a character in the font's empty
 * "missing glyph", so an emoji, a Chinese character or a rare letter silently vanishes from the
 * PDF while the site shows it; `check` warns about them instead (`glyph-check.ts`).
 *
 * @example
 *   findUndrawableCharacters('Kiitos 🙂\nAsia', embeddedFonts('Roboto'));
 *   // → [{ character: '🙂', codePoint: 'U+1F642', index: 7, line: 1, column: 8 }]
 */

/** What is asked of a font: fontkit's `Font` answers it from the font's character map. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface UndrawableCharacter {
  /** The character as written: a base letter with its combining marks stays one character. */
  character: string;
  /** `U+XXXX` of each code point, space-separated. */
  codePoint: string;
  /** UTF-16 index in the text. */
  index: number;
  /** 1-based line and column (in UTF-16 units) in the text. */
  line: number;
  column: number;
}

// Line breaks and tabs are laid out, not drawn; joiners and variation selectors have no glyph of
// their own and draw nothing on the site either.
const needsNoGlyph = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const combiningMark = /^\p{M}$/u;

const answers = new WeakMap<readonly GlyphCoverage[], Map<number, boolean>>();

/** Whether every font of the family (each style) has the code point; remembered per family. */
function drawable(fonts: readonly GlyphCoverage[], codePoint: number): boolean {
  let known = answers.get(fonts);
  if (!known) {
    known = new Map();
    answers.set(fonts, known);
  }
  let answer = known.get(codePoint);
  if (answer === undefined) {
    const character = String.fromCodePoint(codePoint);
    answer = needsNoGlyph.test(character) || fonts.every((font) => font.hasGlyphForCodePoint(codePoint));
    known.set(codePoint, answer);
  }
  return answer;
}

const codePointLabel = (text: string) =>
  [...text]
    .map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');

const isMark = (text: string, index: number) =>
  index < text.length && combiningMark.test(String.fromCodePoint(text.codePointAt(index) ?? 0));

const widthAt = (text: string, index: number) => ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

/**
 * Every character of `text` that some font of `fonts` (the styles of the family the text is set
 * in) has no glyph for. The PDF sets text in Unicode NFC, so "a" followed by a combining
 * diaeresis counts as the "ä" it becomes, not as a mark Roboto lacks.
 */
export function findUndrawableCharacters(
  text: string,
  fonts: readonly GlyphCoverage[],
): UndrawableCharacter[] {
  const found: UndrawableCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      line += 1;
      lineStart = index + 1;
      index += 1;
      continue;
    }
    let end = index + widthAt(text, index);
    // Combining marks are all at U+0300 and above: below that, the next character is not one.
    const markFollows = text.charCodeAt(end) >= 0x300 && isMark(text, end);
    // Printable ASCII, nearly all of every text: Roboto and Roboto Mono have all of it.
    const ascii = code >= 0x20 && code < 0x7f;
    if (!markFollows && (ascii || drawable(fonts, text.codePointAt(index) ?? code))) {
      index = end;
      continue;
    }
    // A character and the combining marks after it, as NFC will compose them.
    while (isMark(text, end)) end += widthAt(text, end);
    const cluster = text.slice(index, end);
    const composed = cluster.normalize('NFC');
    if (![...composed].every((char) => drawable(fonts, char.codePointAt(0) ?? 0))) {
      found.push({
        character: cluster,
        codePoint: codePointLabel(cluster),
        index,
        line,
        column: index - lineStart + 1,
      });
    }
    index = end;
  }
  return found;
}
