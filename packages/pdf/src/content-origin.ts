/**
 * Where a piece of a document definition came from: the content file and the position of the
 * node that produced it. Kept beside the definition rather than in it, so that pdfmake never sees
 * it; `locate-render-failure.ts` reads it when pdfmake cannot render a document.
 */
export interface ContentOrigin {
  file?: string;
  line?: number;
  column?: number;
}

const origins = new WeakMap<object, ContentOrigin>();

/** Records `origin` for each content object, adding to what an inner renderer recorded. */
export function markOrigin<T>(content: readonly T[], origin: ContentOrigin): T[] {
  for (const item of content) {
    if (typeof item === 'object' && item !== null) origins.set(item, { ...origins.get(item), ...origin });
  }
  return [...content];
}

/** The start of a syntax tree node, when the parser recorded one. */
export function nodeOrigin(node: { position?: { start: { line: number; column: number } } }): ContentOrigin {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

export function originOf(content: unknown): ContentOrigin | undefined {
  return typeof content === 'object' && content !== null ? origins.get(content) : undefined;
}
