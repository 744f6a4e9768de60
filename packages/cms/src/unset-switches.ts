/**
 * A switch that is off is not written. Sveltia fills every boolean field an existing file lacks
 * with `false` and writes it back (`draft: false`, `featured: false`, `deputies: false`), so that
 * saving one changed summary would add lines the writer never touched. The schemas' switches all
 * mean "no" when absent (none defaults to `true`), and the content writes only the switches that
 * are on: the editor's `preSave` hook removes the others before the file is written.
 *
 * This module runs in the browser too (its types stripped, see `admin-files.ts`): it imports
 * nothing at run time. `switchPatterns` runs in Node over the generated configuration; the start
 * script passes its result to `unsetSwitchPaths` in the hook.
 */
import type { CmsField } from './cms-field.ts';

/** Where switches are in an entry's data: `draft`, `items.*.deputies` (`*` any list index). */
export type SwitchPattern = readonly string[];

/** The switches among a collection's fields, nested objects and list items included. */
export function switchPatterns(fields: readonly CmsField[], prefix: readonly string[] = []): SwitchPattern[] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name];
    if (field.widget === 'boolean') return field.default === true ? [] : [path];
    if (field.widget === 'object' && field.fields) return switchPatterns(field.fields, path);
    if (field.widget === 'list' && field.fields) return switchPatterns(field.fields, [...path, '*']);
    if (field.widget === 'list' && field.types)
      return field.types.flatMap((variant) => switchPatterns(variant.fields, [...path, '*']));
    return [];
  });
}

type Path = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The places in `data` where a switch of `patterns` holds `false`, as key paths to delete. */
export function unsetSwitchPaths(data: unknown, patterns: readonly SwitchPattern[]): Path[] {
  const found: Path[] = [];
  const walk = (value: unknown, pattern: readonly string[], at: Path): void => {
    const [step, ...rest] = pattern;
    if (step === undefined || !isRecord(value)) return;
    if (step === '*') {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, rest, [...at, index]);
      }
      return;
    }
    if (!(step in value)) return;
    const next = value[step];
    if (rest.length === 0) {
      if (next === false) found.push([...at, step]);
      return;
    }
    walk(next, rest, [...at, step]);
  };
  for (const pattern of patterns) walk(data, pattern, []);
  return found;
}

/** The part of Immutable.js's Map the hook uses. */
interface EntryMap {
  get(key: string): unknown;
  deleteIn(path: Path): EntryMap;
}

/**
 * Sveltia's `preSave` handler: the entry without its unset switches, or nothing (kept as it is)
 * when it has none. `patterns` by collection name (a file collection's files share theirs).
 */
export function withoutUnsetSwitches(
  patterns: Readonly<Record<string, readonly SwitchPattern[]>>,
): (event: { entry: EntryMap }) => EntryMap | undefined {
  return ({ entry }) => {
    const collection = String(entry.get('collection') ?? '');
    const data = entry.get('data') as { toJS(): unknown } | undefined;
    const paths = unsetSwitchPaths(data?.toJS(), patterns[collection] ?? []);
    if (paths.length === 0) return undefined;
    return paths.reduce((result, path) => result.deleteIn(['data', ...path]), entry);
  };
}
