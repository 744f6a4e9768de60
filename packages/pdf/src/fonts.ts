/**
 * The fonts every document embeds. Roboto (bundled with pdfmake) covers Finnish, Swedish, Greek
 * and Cyrillic once text is NFC; Roboto Mono sets code. What they lack is set in a fallback:
 * Noto Sans for letters (the Skolt Sámi Ʒ, Ǯ, Ǥ, Ǩ and other Latin letters), close to Roboto in
 * shape and weight, then DejaVu Sans for symbols (arrows, check marks, maths, shapes);
 * DejaVu Sans Mono for code. Only the fonts a document uses are embedded, as subsets. Each file
 * is parsed once per process (`internals/shared-fonts.ts`). Emoji and CJK are in none of them:
 * `undrawable-characters.ts` finds text no font can draw.
 */
import { createRequire } from 'node:module';
import { parsedFont } from './internals/shared-fonts.ts';
import { pdfmakeFontFile } from './internals/upstream.ts';
import type { TFontDictionary } from './pdfmake-types.ts';
import type { GlyphCoverage } from './undrawable-characters.ts';

const require = createRequire(import.meta.url);

const files = {
  Roboto: {
    normal: pdfmakeFontFile('Roboto/Roboto-Regular.ttf'),
    bold: pdfmakeFontFile('Roboto/Roboto-Medium.ttf'),
    italics: pdfmakeFontFile('Roboto/Roboto-Italic.ttf'),
    bolditalics: pdfmakeFontFile('Roboto/Roboto-MediumItalic.ttf'),
  },
  RobotoMono: {
    normal: require.resolve('@expo-google-fonts/roboto-mono/400Regular/RobotoMono_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/roboto-mono/700Bold/RobotoMono_700Bold.ttf'),
    italics: require.resolve(
      '@expo-google-fonts/roboto-mono/400Regular_Italic/RobotoMono_400Regular_Italic.ttf',
    ),
    bolditalics: require.resolve(
      '@expo-google-fonts/roboto-mono/700Bold_Italic/RobotoMono_700Bold_Italic.ttf',
    ),
  },
  NotoSans: {
    normal: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    // Roboto's bold is its Medium: the fallback matches that weight, not a heavier Bold.
    bold: require.resolve('@expo-google-fonts/noto-sans/500Medium/NotoSans_500Medium.ttf'),
    italics: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
    bolditalics: require.resolve(
      '@expo-google-fonts/noto-sans/500Medium_Italic/NotoSans_500Medium_Italic.ttf',
    ),
  },
  DejaVuSans: {
    normal: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    italics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
    bolditalics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
  },
  DejaVuSansMono: {
    normal: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf'),
    italics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-Oblique.ttf'),
    bolditalics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-BoldOblique.ttf'),
  },
} as const satisfies TFontDictionary;

/** The families text is set in, and the fallbacks for what each lacks, in order of preference. */
export const fallbackFamilies = {
  Roboto: ['NotoSans', 'DejaVuSans'],
  RobotoMono: ['DejaVuSansMono', 'DejaVuSans'],
} as const satisfies Record<string, readonly (keyof typeof files)[]>;

/** Font descriptors name the real files: pdfmake finds them in its virtual file system, and
 * SVG text (which pdfkit opens by path) finds them registered on the document. */
export const fontDescriptors: TFontDictionary = files;

/** Every font file's path, as the descriptors name it. */
export const fontPaths: readonly string[] = Object.values(files).flatMap((styles) => Object.values(styles));

/** A family text is set in: its fallbacks draw what it lacks. */
export type FontFamily = keyof typeof fallbackFamilies;
type AnyFamily = keyof typeof files;

/**
 * Characters every embedded font has (a test checks each font): printable Latin-1 and the dashes,
 * quotes, ellipsis, bullet and euro sign of Finnish text. Asking about these needs no font, so a
 * `check` of ordinary Finnish content never loads fontkit (70 ms) or parses a font.
 */
export function inEveryEmbeddedFont(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint < 0x7f) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    commonPunctuation.has(codePoint)
  );
}
const commonPunctuation = new Set([
  0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x20ac,
]);

const styles = ['normal', 'bold', 'italics', 'bolditalics'] as const;

const parsedStyles = new Map<AnyFamily, readonly GlyphCoverage[]>();

/** The fonts of each style of one family, each parsed on the first question it cannot skip. */
function familyFonts(family: AnyFamily): readonly GlyphCoverage[] {
  let fonts = parsedStyles.get(family);
  if (!fonts) {
    fonts = styles.map((style): GlyphCoverage => {
      let font: GlyphCoverage | undefined;
      return {
        hasGlyphForCodePoint(codePoint) {
          font ??= parsedFont(files[family][style]) as GlyphCoverage;
          return font.hasGlyphForCodePoint(codePoint);
        },
      };
    });
    parsedStyles.set(family, fonts);
  }
  return fonts;
}

/** Whether every style of `family` has a glyph for the code point. */
function inEveryStyle(family: AnyFamily, codePoint: number): boolean {
  return familyFonts(family).every((font) => font.hasGlyphForCodePoint(codePoint));
}

const chosen = new Map<FontFamily, Map<number, AnyFamily>>();

/**
 * The family that sets `codePoint` in text of `family`: the family itself when every style has
 * it, else the first fallback that has it in every style, else the family (nothing draws it).
 */
export function familyFor(family: FontFamily, codePoint: number): AnyFamily {
  if (inEveryEmbeddedFont(codePoint)) return family;
  let known = chosen.get(family);
  if (!known) {
    known = new Map();
    chosen.set(family, known);
  }
  let answer = known.get(codePoint);
  if (answer === undefined) {
    answer =
      [family, ...fallbackFamilies[family]].find((candidate) => inEveryStyle(candidate, codePoint)) ?? family;
    known.set(codePoint, answer);
  }
  return answer;
}

/** The first family of `family`'s chain that draws every character of `text` in every style. */
export function familyForAll(family: FontFamily, text: string): AnyFamily {
  const codePoints = [...new Set(Array.from(text, (character) => character.codePointAt(0) ?? 0))].filter(
    (codePoint) => !inEveryEmbeddedFont(codePoint),
  );
  return (
    [family, ...fallbackFamilies[family]].find((candidate) =>
      codePoints.every((codePoint) => inEveryStyle(candidate, codePoint)),
    ) ?? family
  );
}

const families = new Map<FontFamily, readonly GlyphCoverage[]>();

/**
 * What text of `family` can draw, per style: a style has a character when the family's font of
 * that style has it, or a fallback's font of that style does. Fonts are parsed on the first
 * question they cannot skip.
 */
export function embeddedFonts(family: FontFamily): readonly GlyphCoverage[] {
  let fonts = families.get(family);
  if (!fonts) {
    const chain = [family, ...fallbackFamilies[family]].map(familyFonts);
    fonts = styles.map(
      (_, index): GlyphCoverage => ({
        hasGlyphForCodePoint: (codePoint) =>
          inEveryEmbeddedFont(codePoint) ||
          chain.some((fonts) => fonts[index]?.hasGlyphForCodePoint(codePoint)),
      }),
    );
    families.set(family, fonts);
  }
  return fonts;
}
