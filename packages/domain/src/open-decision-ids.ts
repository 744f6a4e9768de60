/**
 * The numeric ids of the 6Aika Open Decisions API files. The specification types the id of a
 * case, an action, an event and an organization as an int64 number; the content names things by
 * slugs. Each id is a hash of the object's resource and slug, so that it depends on nothing but
 * that object: the same content gives the same ids build after build, and adding, removing or
 * reordering a meeting leaves every other object's id as it was (a counter or a position would
 * shift them). A consumer that stored an id keeps finding the same §.
 *
 * The hash is 64-bit FNV-1a over the key's UTF-8 bytes, folded into 1 … 2^53 − 1: int64 as the
 * specification asks, and exact as a JSON number in every consumer (JavaScript's safe integers).
 * At that size two of ten thousand keys collide with a chance of about 1 in 180 million; if two
 * ever do, `openDecisionIds` refuses both rather than renumbering one, which would break
 * the stability the ids are for.
 */

const offsetBasis = 0xcbf29ce484222325n;
const prime = 0x100000001b3n;
const mask64 = 0xffffffffffffffffn;
/** Number.MAX_SAFE_INTEGER as a bigint: ids lie in 1 … this. */
const safeRange = 2n ** 53n - 1n;
const encoder = new TextEncoder();

/** The id of one key, e.g. `actions:vate-2018-04-19`. */
export function stableId(key: string): number {
  let hash = offsetBasis;
  for (const byte of encoder.encode(key)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask64;
  }
  return Number(hash % safeRange) + 1;
}

/** Two different keys that hash to one id: the content must rename one of the two slugs. */
export class OpenDecisionIdCollision extends Error {
  readonly keys: readonly [string, string];

  constructor(first: string, second: string) {
    super(
      `6Aika-päätösrajapinnan tunnisteet törmäävät: "${first}" ja "${second}" saavat saman numeron; nimeä toinen uudelleen`,
    );
    this.name = 'OpenDecisionIdCollision';
    this.keys = [first, second];
  }
}

/**
 * The ids of a set of keys, refusing two keys with one id. Keys are `resource:slug`; a key given
 * twice is one object and gets its one id. `hash` is there for the test of a collision.
 */
export function openDecisionIds(
  keys: Iterable<string>,
  hash: (key: string) => number = stableId,
): ReadonlyMap<string, number> {
  const ids = new Map<string, number>();
  const owners = new Map<number, string>();
  for (const key of keys) {
    if (ids.has(key)) continue;
    const id = hash(key);
    const owner = owners.get(id);
    if (owner !== undefined) throw new OpenDecisionIdCollision(owner, key);
    owners.set(id, key);
    ids.set(key, id);
  }
  return ids;
}
