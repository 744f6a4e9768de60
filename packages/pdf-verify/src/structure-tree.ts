/** The structure tree of a PDF, whole and in reading order, from qpdf's objects. */
import { asDictionary, isReference, type QpdfObjects, type QpdfValue, textOf } from './qpdf-objects.ts';

export interface ReadElement {
  role: string;
  alt?: string;
  lang?: string;
  scope?: string;
  /** In reading order: child elements, marked content by pdf.js's id (`p12R_mc3`), annotations. */
  kids: (ReadElement | { content: string } | { annotation: true })[];
}

export const childElements = (element: ReadElement): ReadElement[] =>
  element.kids.filter((kid): kid is ReadElement => 'role' in kid);

const nameOf = (value: QpdfValue | undefined) => (typeof value === 'string' ? value.replace(/^\//, '') : '');
const pageId = (value: QpdfValue | undefined) =>
  typeof value === 'string' ? `p${value.replace(/^(\d+) 0 R$/, '$1R')}` : 'p?';

function readElement(objects: QpdfObjects, value: QpdfValue, seen: Set<string>): ReadElement | undefined {
  if (isReference(value)) {
    if (seen.has(value)) return undefined;
    seen.add(value);
  }
  const dictionary = asDictionary(objects.resolve(value));
  if (!dictionary) return undefined;
  const attributes = asDictionary(objects.resolve(dictionary['/A']));
  const element: ReadElement = {
    role: nameOf(dictionary['/S']),
    kids: [],
  };
  const alt = textOf(dictionary['/Alt']);
  if (alt !== undefined) element.alt = alt;
  const lang = textOf(dictionary['/Lang']);
  if (lang !== undefined) element.lang = lang;
  if (attributes?.['/Scope'] !== undefined) element.scope = nameOf(attributes['/Scope']);
  const kids = objects.resolve(dictionary['/K']);
  for (const kid of Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]) {
    if (typeof kid === 'number') {
      element.kids.push({ content: `${pageId(dictionary['/Pg'])}_mc${kid}` });
      continue;
    }
    const kidDictionary = asDictionary(objects.resolve(kid));
    const type = nameOf(kidDictionary?.['/Type']);
    if (type === 'MCR') {
      const page = pageId(kidDictionary?.['/Pg'] ?? dictionary['/Pg']);
      element.kids.push({ content: `${page}_mc${kidDictionary?.['/MCID']}` });
    } else if (type === 'OBJR') {
      element.kids.push({ annotation: true });
    } else {
      const child = readElement(objects, kid, seen);
      if (child) element.kids.push(child);
    }
  }
  return element;
}

/** The elements under the structure tree root, or `undefined` when the PDF has none. */
export function readStructureTree(objects: QpdfObjects): ReadElement[] | undefined {
  const catalog = asDictionary(objects.resolve(objects.trailer['/Root']));
  const root = asDictionary(objects.resolve(catalog?.['/StructTreeRoot']));
  if (!root) return undefined;
  const kids = objects.resolve(root['/K']);
  const seen = new Set<string>();
  return (Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]).flatMap(
    (kid) => readElement(objects, kid, seen) ?? [],
  );
}

/** Every element of the tree, depth first, in reading order. */
export function* allElements(elements: readonly ReadElement[]): Generator<ReadElement> {
  for (const element of elements) {
    yield element;
    yield* allElements(childElements(element));
  }
}

/** The text of an element and everything in it, in reading order. */
export function elementText(element: ReadElement, byContent: ReadonlyMap<string, string>): string {
  return element.kids
    .map((kid) =>
      'role' in kid
        ? elementText(kid, byContent)
        : 'content' in kid
          ? (byContent.get(kid.content) ?? '')
          : '',
    )
    .join('');
}
