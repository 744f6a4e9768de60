/**
 * The fonts every document embeds. Roboto (bundled with pdfmake) covers Finnish and Swedish once
 * text is NFC; Roboto Mono sets code. Each file is parsed once per process (`shared-fonts.ts`).
 * Neither has emoji or CJK: `undrawable-characters.ts` finds text they cannot draw.
 */
import { createRequire } from 'node:module';
import type { TFontDictionary } from './pdfmake-types.ts';
import { parsedFont } from './shared-fonts.ts';
import type { GlyphCoverage } from './undrawable-characters.ts';

const require = createRequire(import.meta.url);

const files = {
  Roboto: {
    normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
    bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
    italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
    bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
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
} as const satisfies TFontDictionary;

/** Font descriptors name the real files: pdfmake finds them in its virtual file system, and
 * SVG text (which pdfkit opens by path) finds them registered on the document. */
export const fontDescriptors: TFontDictionary = files;

/** Every font file's path, as the descriptors name it. */
export const fontPaths: readonly string[] = Object.values(files).flatMap((styles) => Object.values(styles));

export type FontFamily = keyof typeof files;

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

const families = new Map<FontFamily, readonly GlyphCoverage[]>();

/** The fonts of each style of a family, parsed on the first question they cannot skip. */
export function embeddedFonts(family: FontFamily): readonly GlyphCoverage[] {
  let fonts = families.get(family);
  if (!fonts) {
    fonts = Object.values(files[family]).map((path): GlyphCoverage => {
      let font: GlyphCoverage | undefined;
      return {
        hasGlyphForCodePoint(codePoint) {
          if (inEveryEmbeddedFont(codePoint)) return true;
          font ??= parsedFont(path) as GlyphCoverage;
          return font.hasGlyphForCodePoint(codePoint);
        },
      };
    });
    families.set(family, fonts);
  }
  return fonts;
}
