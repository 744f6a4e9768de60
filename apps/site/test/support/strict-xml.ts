/**
 * XML read by saxes, a parser that enforces XML 1.0 well-formedness (forbidden characters
 * included), into a small element tree: a feed it accepts is one every feed reader can read.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, entities resolved, as a parser hands it to a reader. */
  text: string;
}

/** Throws the parser's first well-formedness error. */
export function parseStrictXml(source: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  const current = () => open[open.length - 1] ?? root;
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    current().children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('text', (text) => {
    current().text += text;
  });
  parser.on('cdata', (text) => {
    current().text += text;
  });
  parser.write(source).close();
  const [document] = root.children;
  if (!document) throw new Error('no root element');
  return document;
}

/** Every descendant element with this name, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...elementsNamed(child, name),
  ]);
}

export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}
