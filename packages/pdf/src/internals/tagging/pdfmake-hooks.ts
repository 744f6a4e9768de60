/**
 * What the layout and render hooks share: how a pdfmake method is wrapped, and where a placed
 * item keeps its owner from layout to rendering.
 */
import { type Method, wrap } from '../wrap.ts';
import type { Owner, StructElement } from './structure.ts';

export type { Method };

/** `wrap` for the hooks in `file` of this folder: a missing method names that file. */
export const wrapFor =
  (file: string) =>
  (prototype: object, name: string, replacement: (original: Method) => Method): void => {
    wrap(prototype, name, `tagging/${file}`, replacement);
  };

/** Where a placed item's owner is kept; a string key, since pdfmake copies items by their keys. */
export const ownerKey = '_valmisteluOwner';
export type Stamped = { [ownerKey]?: Owner };

/** Trees laid out and waiting for their document's rendering, by pdfkit document. */
export const laidOut = new WeakMap<object, StructElement>();
