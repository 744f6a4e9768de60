/**
 * The JSON that cache keys hash: the site's page keys (`apps/site/src/lib/page-cache-key.ts`)
 * and the PDFs' input keys (`@valmistelu/pdf-publish`'s `job-inputs.ts`). What a Map or Set
 * holds is kept, what JSON cannot write is refused, so that different data never shares a key.
 */

/**
 * Whether `value` holds only what JSON writes as it is (no Map, Set, function, symbol or bigint):
 * then `JSON.stringify` needs no replacer, which at 100× the content is most of the keys' cost.
 */
function isPlainJson(value: unknown): boolean {
  if (value === null) return true;
  const type = typeof value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return false;
  if (type !== 'object') return true;
  if (value instanceof Map || value instanceof Set) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isPlainJson(item)) return false;
    return true;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return true;
  for (const key in value) {
    if (Object.hasOwn(value, key) && !isPlainJson((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** JSON that keeps what a Map or Set holds and refuses what it cannot write. */
export function keyJson(value: unknown): string {
  if (isPlainJson(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...item];
    if (item instanceof Set) return [...item];
    if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') {
      throw new Error(`a key's data holds a ${typeof item}, which the key cannot cover`);
    }
    return item;
  });
}
