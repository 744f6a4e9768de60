/**
 * The fonts every document embeds. Roboto (bundled with pdfmake) covers Finnish and Swedish once
 * text is NFC; Roboto Mono sets code. Each file is parsed once per process (`shared-fonts.ts`).
 */
import { createRequire } from 'node:module';
import type { TFontDictionary } from './pdfmake-types.ts';

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
