/**
 * Sveltia CMS renders its own `<meta name="viewport">` when it starts, with `maximum-scale=1`,
 * which stops the writer from zooming the editor (WCAG 1.4.4, axe-core's `meta-viewport`).
 * Watching the page's head and correcting every viewport it gets, whenever and however it is
 * set, does not depend on how a Sveltia version builds that tag.
 */

/** The little of the DOM used here: this package's code is type-checked without the DOM's types. */
interface Element {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}
interface EditorDocument {
  head: Element & { querySelectorAll(selectors: string): Iterable<Element> };
}
interface Observer {
  observe(
    target: Element,
    options: { childList: boolean; subtree: boolean; attributes: boolean; attributeFilter: string[] },
  ): void;
}
declare const MutationObserver: new (callback: () => void) => Observer;

/**
 * Keeps every viewport of `document` zoomable from now on: drops `maximum-scale` and
 * `user-scalable` from each, the rest (such as Sveltia's `interactive-widget`) kept.
 * Self-contained, as the editor's page runs its source before Sveltia (`admin-files.ts`).
 */
export function keepViewportsZoomable(document: EditorDocument): Observer {
  const correct = () => {
    for (const meta of document.head.querySelectorAll('meta[name="viewport"]')) {
      const content = meta.getAttribute('content') ?? '';
      const zoomable = content
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '' && !/^(maximum-scale|user-scalable)\s*=/i.test(part))
        .join(', ');
      // Only a change is written: the observer then sees its own write once, and stops.
      if (zoomable !== content) meta.setAttribute('content', zoomable);
    }
  };
  const observer = new MutationObserver(correct);
  observer.observe(document.head, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['name', 'content'],
  });
  correct();
  return observer;
}
