/**
 * When pdfmake throws on a document, finds the part of the content that makes it throw, so that
 * the message can point at the content file and line instead of repeating the library's error.
 *
 * The search renders parts of the document on their own, top-level blocks first and then the
 * children of the first one that fails alone as the whole did, and stops at the smallest such part. The
 * origin is what `content-origin.ts` recorded along that path: the file of the outermost part that
 * names one, the position of the innermost. It costs a few renders of small documents, and runs
 * only for a document that failed.
 */
import { type ContentOrigin, originOf } from './content-origin.ts';
import type { PdfContent, TDocumentDefinitions } from './pdfmake-types.ts';

type Render = (doc: TDocumentDefinitions) => Promise<unknown>;

/** The parts of a content node that can stand as a document's content on their own. */
function partsOf(content: unknown): unknown[] {
  if (Array.isArray(content)) return content;
  if (typeof content !== 'object' || content === null) return [];
  const node = content as Record<string, unknown>;
  for (const key of ['stack', 'columns', 'ul', 'ol', 'section'] as const) {
    const parts = node[key];
    if (Array.isArray(parts)) return parts;
  }
  const table = node.table as { body?: unknown } | undefined;
  if (Array.isArray(table?.body)) return table.body.flat();
  if (Array.isArray(node.text)) return node.text;
  return [];
}

const messageOf = (problem: unknown) => (problem instanceof Error ? problem.message : String(problem));

/**
 * Whether `content` alone fails as the whole document did. A part can fail alone for reasons of
 * its own (a page reference to a heading left out), and those must not be blamed.
 */
async function failsAlike(
  doc: TDocumentDefinitions,
  content: unknown,
  render: Render,
  message: string,
): Promise<boolean> {
  try {
    await render({ ...doc, content: [content as PdfContent] });
    return false;
  } catch (problem) {
    return messageOf(problem) === message;
  }
}

/** @param problem what rendering the whole of `doc` threw. */
export async function locateRenderFailure(
  doc: TDocumentDefinitions,
  render: Render,
  problem: unknown,
): Promise<ContentOrigin | undefined> {
  const message = messageOf(problem);
  // The page furniture alone fails: no part of the content is to blame.
  if (await failsAlike(doc, [], render, message)) return undefined;
  const path: unknown[] = [];
  let parts = partsOf(doc.content);
  for (;;) {
    let culprit: unknown;
    for (const part of parts) {
      if (await failsAlike(doc, part, render, message)) {
        culprit = part;
        break;
      }
    }
    if (culprit === undefined) break;
    path.push(culprit);
    parts = partsOf(culprit);
  }
  const origins = path.map(originOf).filter((origin) => origin !== undefined);
  const file = origins.find((origin) => origin.file !== undefined)?.file;
  const position = origins.findLast((origin) => origin.line !== undefined);
  if (file === undefined && position === undefined) return undefined;
  return {
    ...(file !== undefined && { file }),
    ...(position?.line !== undefined && { line: position.line, column: position.column ?? 1 }),
  };
}
