/**
 * The images of an MDX body: every `![alt](address)` and `![alt][label]` is a PNG or JPEG file
 * in the content folder (`image-file.ts`) with a text alternative, or a located error. What the
 * body shows is kept with each item's source, so that the site and the PDFs read the same files.
 */
import { createHash } from 'node:crypto';
import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import { readImageFile } from './image-file.ts';
import type { ContentMessage } from './messages.ts';

/** One image file a body shows. */
export interface BodyImage {
  /** The address as written in the body (or in the definition of `![alt][label]`). */
  url: string;
  /** Absolute path of the file, inside the content folder. */
  path: string;
  /** sha256 of the file's bytes, hex: what a cached page or PDF that shows it depends on. */
  digest: string;
}

/** An image in a body: its address (a reference's from its definition), text alternative and place. */
export interface ImageUse {
  url: string;
  alt: string;
  node: Image | ImageReference;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Every image of the tree in document order, references resolved through their definitions. */
export function imageUses(tree: Root): ImageUse[] {
  const definitions = new Map<string, Definition>();
  const nodes: (Image | ImageReference)[] = [];
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if (node.type === 'image' || node.type === 'imageReference') nodes.push(node);
  });
  return nodes.flatMap((node) => {
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
    return url === undefined ? [] : [{ url, alt: node.alt ?? '', node }];
  });
}

export async function bodyImages(
  tree: Root,
  bodyFile: string,
  contentDir: string,
): Promise<{ images: BodyImage[]; messages: ContentMessage[] }> {
  const images = new Map<string, BodyImage>();
  const failed = new Map<string, string>();
  const messages: ContentMessage[] = [];
  const report = (node: ImageUse['node'], message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    messages.push({
      file: bodyFile,
      line: start.line,
      column: start.column,
      message,
      severity: 'error',
      ruleId: 'image',
    });
  };
  for (const use of imageUses(tree)) {
    if (use.alt.trim() === '')
      report(
        use.node,
        `kuvalta "${use.url}" puuttuu tekstivastine: kirjoita hakasulkeisiin, mitä kuvassa on, esim. ![Kaavio palveluverkosta](${use.url})`,
      );
    if (images.has(use.url)) continue;
    const known = failed.get(use.url);
    if (known !== undefined) {
      report(use.node, known);
      continue;
    }
    const file = await readImageFile(use.url, bodyFile, contentDir);
    if (!file.ok) {
      failed.set(use.url, file.message);
      report(use.node, file.message);
      continue;
    }
    const digest = createHash('sha256').update(file.bytes).digest('hex');
    images.set(use.url, { url: use.url, path: file.path, digest });
  }
  return { images: [...images.values()], messages };
}
