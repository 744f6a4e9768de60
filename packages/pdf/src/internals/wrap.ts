/**
 * The one way the internals are patched: `wrap` replaces a method after checking it is there, so
 * an upgrade that renames or drops one fails at start-up, naming the file to revisit, instead of
 * silently installing nothing.
 */

// biome-ignore lint/suspicious/noExplicitAny: a wrapped method keeps whatever signature upstream gives it.
export type Method = (this: any, ...args: any[]) => any;

/** Where the wrappers live, as the messages name them. */
export const internalsFolder = 'packages/pdf/src/internals';

/** A start-up failure: pdfmake, pdfkit or fontkit is not what a wrapper was written for. */
export class InternalsMismatch extends Error {
  override name = 'InternalsMismatch';
}

/** A class's name, or the class of a prototype's. */
function nameOf(target: object): string {
  if (typeof target === 'function') return target.name;
  const owner = (target as { constructor?: { name?: string } }).constructor;
  return `${owner?.name ?? 'object'}.prototype`;
}

/** The method `name` of `target`; throws, naming `file` (relative to this folder), when it is missing. */
export function method<M extends Method>(target: object, name: string, file: string): M {
  const found = (target as Record<string, unknown>)[name];
  if (typeof found !== 'function') {
    throw new InternalsMismatch(
      `${nameOf(target)} has no method ${name}: pdfmake, pdfkit or fontkit changed; revisit ${internalsFolder}/${file}`,
    );
  }
  return found as M;
}

/**
 * Replaces the method `name` of `target` (a prototype, or a class for a static) with what
 * `replacement` makes of the original, and returns the original. Throws first when it is missing.
 */
export function wrap<M extends Method>(
  target: object,
  name: string,
  file: string,
  replacement: (original: M) => M,
): M {
  const original = method<M>(target, name, file);
  (target as Record<string, unknown>)[name] = replacement(original);
  return original;
}
