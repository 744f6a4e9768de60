/**
 * Splits a sequence into at most `parts` contiguous runs whose largest size is as small as
 * possible: how a long list of groups is shared between side-by-side columns without reordering.
 */

/** Fills each run up to `limit`; a single item larger than the limit still gets its own run. */
function fillRuns<T>(items: readonly T[], limit: number, size: (run: readonly T[]) => number): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length > 0 && size([...current, item]) > limit) {
      runs.push(current);
      current = [];
    }
    current.push(item);
  }
  return current.length > 0 ? [...runs, current] : runs;
}

export function balancedSplit<T>(
  items: readonly T[],
  parts: number,
  size: (run: readonly T[]) => number,
): T[][] {
  // The optimal limit is the size of some run, so trying every run's size in order finds it.
  const limits = new Set<number>();
  for (let from = 0; from < items.length; from++) {
    for (let to = from + 1; to <= items.length; to++) limits.add(size(items.slice(from, to)));
  }
  const sorted = [...limits].sort((a, b) => a - b);
  for (const limit of sorted) {
    const runs = fillRuns(items, limit, size);
    if (runs.length <= Math.max(parts, 1)) return runs;
  }
  return [];
}
