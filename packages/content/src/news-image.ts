/**
 * A news item's own picture, `image: kuvat/NAME.jpg` with `imageAlt` in its frontmatter: the same
 * kind of file as a body image (`image-file.ts`, read from the item's folder), and the text
 * alternative is required. Problems are located at the field, like a schema's.
 */
import { createHash } from 'node:crypto';
import type { BodyImage } from './body-images.ts';
import { imageSize } from './image-check.ts';
import { readImageFile } from './image-file.ts';
import type { ContentMessage } from './messages.ts';
import type { YamlSource } from './yaml-source.ts';

/** A checked picture with its size in pixels, for the share image's crop. */
export interface LeadImage extends BodyImage {
  alt: string;
  width: number;
  height: number;
}

export interface NewsImageFields {
  image?: string | undefined;
  imageAlt?: string | undefined;
}

export async function newsImage(
  item: NewsImageFields,
  source: { file: string; yaml: YamlSource; basePath: PropertyKey[] },
  contentDir: string,
): Promise<{ image?: LeadImage; messages: ContentMessage[] }> {
  const messages: ContentMessage[] = [];
  const report = (field: string, message: string) => {
    const at = source.yaml.positionOf([...source.basePath, field]);
    messages.push({
      file: source.file,
      line: at.line,
      column: at.column,
      message,
      severity: 'error',
      ruleId: 'image',
    });
  };
  if (item.image === undefined) {
    if (item.imageAlt !== undefined)
      report('imageAlt', 'tekstivastine ilman kuvaa: lisää kuva (image) tai poista imageAlt');
    return { messages };
  }
  if (item.imageAlt === undefined)
    report(
      'image',
      `kuvalta "${item.image}" puuttuu tekstivastine: lisää rivi imageAlt: "mitä kuvassa on" (ruudunlukija lukee sen kuvan paikalla)`,
    );
  const file = await readImageFile(item.image, source.file, contentDir);
  if (!file.ok) {
    report('image', file.message);
    return { messages };
  }
  const size = imageSize(file.bytes);
  if (!size || item.imageAlt === undefined) return { messages };
  const digest = createHash('sha256').update(file.bytes).digest('hex');
  return { image: { url: item.image, path: file.path, digest, alt: item.imageAlt, ...size }, messages };
}
