/**
 * Cycles in `parent` links. A group or body whose parent chain loops back on itself has no root
 * to hang from, so the organisation tree would silently leave it out.
 */

/**
 * Each cycle as the positions of its items, in parent order starting from the first item of the
 * cycle in the list. Items that only lead into a cycle are not part of it. Links to unknown ids
 * end the chain (they are reported elsewhere); of duplicate ids the first is the target.
 */
export function findParentCycles(items: readonly { id: string; parent?: string | undefined }[]): number[][] {
  const positionOf = new Map<string, number>();
  items.forEach((item, position) => {
    if (!positionOf.has(item.id)) positionOf.set(item.id, position);
  });
  const parentOf = (position: number) => {
    const parent = items[position]?.parent;
    return parent === undefined ? undefined : positionOf.get(parent);
  };

  // Each item has at most one parent, so following the links from any item either ends or
  // enters exactly one cycle; every item is walked once.
  const walkOf = new Array<number | undefined>(items.length);
  const cycles: number[][] = [];
  items.forEach((_, start) => {
    if (walkOf[start] !== undefined) return;
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && walkOf[at] === undefined) {
      walkOf[at] = start;
      path.push(at);
      at = parentOf(at);
    }
    // Reaching an item marked by this same walk closes a new cycle; one from an earlier walk does not.
    if (at === undefined || walkOf[at] !== start) return;
    const cycle = path.slice(path.indexOf(at));
    const first = cycle.indexOf(Math.min(...cycle));
    cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
  });
  return cycles;
}
