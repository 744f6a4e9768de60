/**
 * Images with another address than their own: the site writes a placeholder its image pipeline
 * fills in later (width, height, generated sizes), since a body is rendered before the build
 * knows where each image ends up. Otherwise as mdast-util-to-hast renders them: `alt` and
 * `title` kept, a reference without a definition left as text.
 *
 * @example
 *   toHast(tree, { handlers: imageHandlers((url) => `kuva:${index.get(url)}`) })
 */
import type { Element, ElementContent } from 'hast';
import type { Image, ImageReference } from 'mdast';
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast';

/** The address to write for an image, from its own (a reference's from its definition); undefined keeps it. */
export type ImageSource = (url: string) => string | undefined;

function withSource<T extends ElementContent | ElementContent[] | undefined>(
  result: T,
  url: string | undefined,
  source: ImageSource,
): T {
  const replaced = url === undefined ? undefined : source(url);
  const element = result as Element | undefined;
  if (
    replaced !== undefined &&
    !Array.isArray(result) &&
    element?.type === 'element' &&
    element.tagName === 'img'
  )
    element.properties.src = replaced;
  return result;
}

export function imageHandlers(source: ImageSource): Pick<Handlers, 'image' | 'imageReference'> {
  return {
    image: (state: State, node: Image) => withSource(defaultHandlers.image(state, node), node.url, source),
    imageReference(state: State, node: ImageReference) {
      const definition = state.definitionById.get(String(node.identifier).toUpperCase());
      return withSource(defaultHandlers.imageReference(state, node), definition?.url, source);
    },
  };
}
