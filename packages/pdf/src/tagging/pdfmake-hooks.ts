/**
 * What the layout and render hooks share: how a pdfmake method is wrapped, and where a placed
 * item keeps its owner from layout to rendering.
 */
import { createRequire } from 'node:module';
import type { Owner, StructElement } from './structure.ts';

const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
export type Method = (this: never, ...args: never[]) => unknown;
type Prototype = Record<string, Method>;

/** The prototype of a pdfmake class, by its file in pdfmake's `js/`. */
export const prototypeOf = (file: string) =>
  (requireFromPdfmake(file) as { default: { prototype: Prototype } }).default.prototype;

/** Replaces a method; throws when pdfmake no longer has it, so an upgrade fails loudly. */
export function wrap(prototype: Prototype, name: string, replacement: (original: Method) => Method): void {
  const original = prototype[name];
  if (!original) throw new Error(`pdfmake has no method ${name}: check tagging when upgrading pdfmake`);
  prototype[name] = replacement(original);
}

/** Where a placed item's owner is kept; a string key, since pdfmake copies items by their keys. */
export const ownerKey = '_valmisteluOwner';
export type Stamped = { [ownerKey]?: Owner };

/** Trees laid out and waiting for their document's rendering, by pdfkit document. */
export const laidOut = new WeakMap<object, StructElement>();
