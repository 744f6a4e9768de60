/** Files imported as text by Vite (`?raw`): the stylesheet and the search script. */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** The content folder the site is built from (src/integrations/content-folder.ts). */
declare module 'virtual:valmistelu/content-folder' {
  const contentDir: string;
  export default contentDir;
  export const reading: import('./integrations/content-folder.ts').ContentReading;
  /** Astro's `base`, ending in `/`: the path the site is published under. */
  export const base: string;
  /** Whether the build is incremental, reusing pages by their cache keys (lib/page-cache-key.ts). */
  export const pageKeys: boolean;
}

/** The image files the published bodies show, by their path in the content folder (src/loaders/image-imports.ts). */
declare module 'virtual:valmistelu/content-images' {
  const images: ReadonlyMap<string, import('astro').ImageMetadata>;
  export default images;
  export const getImage: typeof import('astro:assets').getImage;
}

/** fontkit (pdfkit's font engine) ships no types: the part the share cards use (src/lib/share-card.ts). */
declare module 'fontkit' {
  export interface Path {
    scale(x: number, y?: number): Path;
    translate(x: number, y: number): Path;
    toSVG(): string;
  }
  export interface Glyph {
    path: Path;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
  }
  export function openSync(path: string): Font | { fonts: Font[] };
}

/** ico-endec ships no types: the encoder of `/favicon.ico` (lib/site-icons.ts). */
declare module 'ico-endec' {
  interface IconEntry {
    width: number;
    height: number;
    bitsPerPixel: number;
    imageType: 'png' | 'bmp';
    imageData: Buffer;
  }
  const icoEndec: {
    encode(images: readonly (Buffer | ArrayBuffer)[]): Buffer;
    decode(ico: Buffer | ArrayBuffer): IconEntry[];
  };
  export default icoEndec;
}
