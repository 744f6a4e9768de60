/**
 * Parsed files kept between runs: every command reads the whole content folder, and at 100× the
 * organisation parsing its YAML and MDX costs ten seconds, paid again by the check, the site and
 * the PDFs of one build. A file's parse (`parse-source.ts`) depends only on its text and on the
 * parsing code, so it is kept under a hash of both, one cache file per content folder under
 * `content/` of the cache folder its caller chooses (the CLI's `--cache`). What depends on other files is checked afresh every
 * run. The YAML positions, needed only to point at a problem, are not kept: they are parsed
 * again from the text when a message asks for one. The folder keeps the `keptContentCaches` most
 * recently written files; deleting any of them, or the folder, is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ParsedMdx } from '@valmistelu/markdown/parse';
import { type ParsedSource, parseMdxText, parseYamlText, type TextProblem } from './parse-source.ts';
import { hashPackageSources, packageFolderOf } from './source-hash.ts';
import type { Position, StringValue, YamlSource } from './yaml-source.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Cache files kept: a few content folders worked on in turn, not every test's temporary one. */
export const keptContentCaches = 8;

/** The cache file of one content folder, under the tool's cache folder `cacheDir`. */
export function contentCacheFile(cacheDir: string, contentDir: string): string {
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16);
  return join(cacheDir, 'content', `${key}.v8`);
}

export type SourceKind = 'yaml' | 'mdx';

/** What is kept of a parse: plain data, without the positions' index. */
interface Entry {
  problems: TextProblem[];
  /** The YAML's data, when it parsed without errors. */
  yaml?: { data: unknown };
  body?: string;
  bodyLineOffset?: number;
  mdx?: ParsedMdx;
}

const parsers: Record<SourceKind, (text: string) => ParsedSource> = {
  yaml: parseYamlText,
  mdx: parseMdxText,
};

/** The parsing code: this package's and the Markdown package's sources, and the lockfile. */
async function hashParsers(): Promise<string> {
  const markdownDir = await packageFolderOf(fileURLToPath(import.meta.resolve('@valmistelu/markdown/parse')));
  return hashPackageSources([packageDir, markdownDir]);
}

let parsersHash: Promise<string> | undefined;

/**
 * Every string value of `data` with its path, in the file's order, as the parse lists them: the
 * lint's placeholders and the PDFs' glyph check read them on every run. Each position is found
 * only when read, which only a message does.
 */
function stringsOf(data: unknown, positionOf: (path: readonly PropertyKey[]) => Position): StringValue[] {
  const strings: StringValue[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      strings.push({
        path,
        value,
        get position() {
          return positionOf(path);
        },
      });
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return strings;
}

/** A YAML source whose positions are found, when first asked for, by parsing the text again. */
function lazyYaml(data: unknown, reparse: () => ParsedSource): YamlSource {
  let parsed: YamlSource | undefined;
  const live = () => {
    parsed ??= reparse().yaml;
    if (!parsed) throw new Error('a cached YAML parse that no longer parses');
    return parsed;
  };
  const positionOf = (path: readonly PropertyKey[]) => live().positionOf(path);
  let strings: StringValue[] | undefined;
  return {
    data,
    // Only a clean parse is kept with its data; its problems are in the entry's.
    errors: [],
    get strings() {
      strings ??= stringsOf(data, positionOf);
      return strings;
    },
    positionOf,
    keyPositionOf: (path, key) => live().keyPositionOf(path, key),
  };
}

export interface ParseCache {
  parse(kind: SourceKind, text: string): ParsedSource;
  /** Writes the entries this run used, when they differ from the file's. */
  save(): Promise<void>;
}

/** A cache that keeps nothing: every file is parsed. */
export const noParseCache: ParseCache = {
  parse: (kind, text) => parsers[kind](text),
  save: async () => undefined,
};

/** Entries each serialised on their own: read only when used, and never shared by two files. */
type Entries = Map<string, Uint8Array>;

async function readEntries(file: string): Promise<Entries> {
  try {
    const stored = deserialize(await readFile(file)) as unknown;
    return stored instanceof Map ? (stored as Entries) : new Map();
  } catch {
    // Missing, half-written by a crashed run or from another Node version: parsed afresh.
    return new Map();
  }
}

/** Keeps the most recently written cache files, this one among them. */
async function pruneCacheFiles(folder: string): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.v8'));
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      mtimeMs: (await stat(join(folder, name)).catch(() => undefined))?.mtimeMs,
    })),
  );
  const stale = files
    .filter((file) => file.mtimeMs !== undefined)
    .sort((a, b) => (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0) || (a.name < b.name ? -1 : 1))
    .slice(keptContentCaches);
  await Promise.all(stale.map(({ name }) => rm(join(folder, name), { force: true })));
}

export async function openParseCache(file: string): Promise<ParseCache> {
  parsersHash ??= hashParsers();
  const [code, stored] = await Promise.all([parsersHash, readEntries(file)]);
  const used: Entries = new Map();
  let missed = false;
  return {
    parse(kind, text) {
      const key = createHash('sha256').update(code).update(kind).update('\0').update(text).digest('hex');
      const reparse = () => parsers[kind](text);
      const kept = stored.get(key) ?? used.get(key);
      if (kept) {
        used.set(key, kept);
        const { yaml, ...rest } = deserialize(kept) as Entry;
        return { ...rest, ...(yaml && { yaml: lazyYaml(yaml.data, reparse) }) };
      }
      missed = true;
      const parsed = reparse();
      const { yaml, ...rest } = parsed;
      const entry: Entry = { ...rest, ...(yaml && { yaml: { data: yaml.data } }) };
      try {
        used.set(key, serialize(entry));
      } catch {
        // Something in the tree the serialiser cannot write: this file is parsed every time.
        return parsed;
      }
      // As a kept parse is returned: the document with its positions' index would otherwise stay
      // in memory as long as the model does, through a whole build's PDFs: at 100× the heap after a
      // cold load was 227 MiB with it, 103 MiB without.
      return { ...rest, ...(yaml && { yaml: lazyYaml(yaml.data, reparse) }) };
    },
    async save() {
      if (!missed && used.size === stored.size) return;
      const partial = `${file}.${process.pid}.partial`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(partial, serialize(used));
        await rename(partial, file);
        await pruneCacheFiles(dirname(file));
      } catch {
        // A cache that cannot be written only means parsing again next time.
        await rm(partial, { force: true });
      }
    },
  };
}
