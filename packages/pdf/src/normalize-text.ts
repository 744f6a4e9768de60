/**
 * Unicode NFC for every string of a document definition. Roboto has no combining diaeresis, so
 * an "ä" typed as "a" + U+0308 (as macOS file names and some editors produce) would print as "a".
 */
import type { DynamicContent, TDocumentDefinitions } from './pdfmake-types.ts';

type Plain =
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | Plain[]
  | { [key: string]: Plain }
  | ((...args: never[]) => unknown);

export function normalizeStrings<T>(value: T): T {
  return normalizePlain(value as Plain) as T;
}

function normalizePlain(value: Plain): Plain {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizePlain);
  if (typeof value === 'function') return normalizeFunction(value);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, normalizePlain(entry)]));
  }
  return value;
}

/** Headers and footers are functions of the page: normalise what they return. */
function normalizeFunction(fn: (...args: never[]) => unknown): (...args: never[]) => unknown {
  // What the function carries besides (the page-break rule's heading rule) goes with it.
  return Object.assign((...args: never[]) => normalizePlain(fn(...args) as Plain), fn);
}

/** A document definition with every text, header and footer in NFC. */
export function normalizeDocument(doc: TDocumentDefinitions): TDocumentDefinitions {
  return normalizeStrings(doc);
}

export type { DynamicContent };
