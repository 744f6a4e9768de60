/**
 * A PDF's text as pdf.js reads it with marked content (`getTextContent({ includeMarkedContent:
 * true })`): the text of each marked-content sequence by its id, and how many characters lie in
 * tagged content, in artifacts, or in neither.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface MarkedText {
  /** Text of each marked-content sequence with an MCID, by pdf.js's id (`p12R_mc3`). */
  byContent: Map<string, string>;
  taggedCharacters: number;
  artifactCharacters: number;
  untaggedCharacters: number;
  /** Up to a few untagged texts, to say where the gap is. */
  untaggedSamples: string[];
  pages: number;
  markInfo: boolean;
  language: string | undefined;
  title: string | undefined;
  displayDocTitle: boolean;
  /** Pages with tagged text, and those of them whose structure tree pdf.js builds (what a viewer's accessibility tree shows). */
  pagesWithTaggedText: number;
  pagesInStructureTree: number;
  /** The PDF/UA part the XMP metadata claims (`pdfuaid:part`). */
  pdfUaPart: string | undefined;
}

/** pdf.js answers some dictionaries as a `Map`, others as an object, depending on the version. */
function entry(dictionary: unknown, key: string): unknown {
  if (dictionary instanceof Map) return dictionary.get(key);
  return typeof dictionary === 'object' && dictionary !== null
    ? (dictionary as Record<string, unknown>)[key]
    : undefined;
}

type Item = { str?: string; hasEOL?: boolean; type?: string; id?: string | null; tag?: string };

export async function readMarkedText(bytes: Uint8Array): Promise<MarkedText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const result: MarkedText = {
    byContent: new Map(),
    taggedCharacters: 0,
    artifactCharacters: 0,
    untaggedCharacters: 0,
    untaggedSamples: [],
    pages: doc.numPages,
    markInfo: entry(await doc.getMarkInfo(), 'Marked') === true,
    language: undefined,
    title: undefined,
    displayDocTitle: false,
    pdfUaPart: undefined,
    pagesWithTaggedText: 0,
    pagesInStructureTree: 0,
  };
  const { info, metadata } = (await doc.getMetadata()) as {
    info: { Language?: string; Title?: string };
    metadata: { get(name: string): unknown } | null;
  };
  const part = metadata?.get('pdfuaid:part');
  result.pdfUaPart = typeof part === 'string' ? part : undefined;
  result.language = info.Language ?? undefined;
  result.title = info.Title ?? undefined;
  result.displayDocTitle = entry(await doc.getViewerPreferences(), 'DisplayDocTitle') === true;
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const { items } = (await page.getTextContent({ includeMarkedContent: true })) as { items: Item[] };
    const open: Item[] = [];
    const taggedBefore = result.taggedCharacters;
    for (const item of items) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        open.push(item);
        continue;
      }
      if (item.type === 'endMarkedContent') {
        open.pop();
        continue;
      }
      // A line's end is a space between words, as a reader speaks it.
      const text = `${item.str ?? ''}${item.hasEOL ? ' ' : ''}`;
      const characters = text.replace(/\s/g, '').length;
      const tagged = open.findLast((entry) => typeof entry.id === 'string');
      if (tagged?.id) {
        result.byContent.set(tagged.id, (result.byContent.get(tagged.id) ?? '') + text);
        result.taggedCharacters += characters;
      } else if (open.some((entry) => entry.tag === 'Artifact')) {
        result.artifactCharacters += characters;
      } else if (characters > 0) {
        result.untaggedCharacters += characters;
        if (result.untaggedSamples.length < 5) result.untaggedSamples.push(`s. ${number}: ${text.trim()}`);
      }
    }
    if (result.taggedCharacters > taggedBefore) {
      result.pagesWithTaggedText += 1;
      const tree = (await page.getStructTree()) as { children?: unknown[] } | null;
      if (tree?.children?.length) result.pagesInStructureTree += 1;
    }
  }
  await doc.cleanup();
  await doc.loadingTask.destroy();
  return result;
}
