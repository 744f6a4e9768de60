/**
 * PDFs kept between builds of one content folder (`pdfCacheDir`, under `pdf/` of the cache
 * folder the caller chooses), each under a hash of its document definition and of the code that
 * renders it. The same definition always gives the same bytes (`render-pdf.ts`), so a document
 * seen before is copied instead of laid out again: after an edit, only the documents that show
 * it are rendered.
 *
 * What a document shows is in its definition: texts, chart SVGs, images as bytes. Its running
 * headers and footers are functions of the page; they are hashed by what they give for a few
 * pages, which is where the names they hold show. A definition holding anything else that cannot
 * be hashed is rendered, not cached. The renderer's code, pdfmake and the fonts are in
 * `rendererHash`. Entries are written whole (beside, then renamed), so builds at the same time
 * can share the folder; a build removes the entries it did not use, so the folder holds about one
 * build's documents. Deleting it is always safe.
 *
 * Beside the documents, `inputs.json` maps the input key of each job of the last build
 * (`job-inputs.ts`: what the job reads) to its document: a job whose inputs are unchanged is
 * copied without building its definition at all.
 */
import { createHash, type Hash, randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPackageSources, packageFolderOf } from '@valmistelu/content/source-hash';
import type { PdfMessage } from '@valmistelu/pdf';

export interface PdfCache {
  /** Absolute path of the folder holding the cached PDFs. */
  dir: string;
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The cache of the PDFs of one content folder, under the tool's cache folder `cacheDir`. */
export function pdfCacheDir(cacheDir: string, contentDir: string): string {
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16);
  return join(cacheDir, 'pdf', key);
}

/**
 * The renderer's source (`@valmistelu/pdf`), this package's (the jobs make the definitions), and
 * the locked versions of pdfmake and the fonts.
 */
async function hashRenderer(): Promise<string> {
  const renderer = await packageFolderOf(fileURLToPath(import.meta.resolve('@valmistelu/pdf')));
  return hashPackageSources([packageDir, renderer]);
}

let rendererHash: Promise<string> | undefined;

/** A definition that holds something the key cannot cover. */
class Unhashable extends Error {}

/** Pages a running header or footer is asked for: first, a middle and a last page. */
const probePages = [
  [1, 1],
  [1, 3],
  [2, 3],
  [3, 3],
] as const;
const probePageSize = { width: 595.28, height: 841.89, orientation: 'portrait' };

function update(hash: Hash, value: unknown, depth = 0): void {
  if (depth > 200) throw new Unhashable('too deep');
  if (value === undefined) hash.update('u;');
  else if (value === null) hash.update('0;');
  else if (typeof value === 'string') hash.update(`s${value.length}:`).update(value);
  else if (typeof value === 'number' || typeof value === 'boolean') hash.update(`${typeof value}:${value};`);
  else if (value instanceof Date) hash.update(`d${value.getTime()};`);
  else if (value instanceof Uint8Array) hash.update(`b${value.byteLength}:`).update(value);
  else if (value instanceof ArrayBuffer) hash.update(`b${value.byteLength}:`).update(new Uint8Array(value));
  else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`);
    for (const item of value) update(hash, item, depth + 1);
    hash.update(']');
  } else if (typeof value === 'function') {
    // Its code is this package's, in `rendererHash`; what it holds shows in what it gives.
    hash.update('f(');
    for (const [page, pages] of probePages) {
      let result: unknown;
      try {
        result = value(page, pages, probePageSize);
      } catch {
        throw new Unhashable('a function that is not a running header or footer');
      }
      update(hash, result, depth + 1);
    }
    hash.update(')');
  } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // As pdfmake reads it: a property set to undefined is no property.
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    hash.update(`o${entries.length}{`);
    for (const [key, item] of entries) {
      hash.update(`${key.length}:${key}`);
      update(hash, item, depth + 1);
    }
    hash.update('}');
  } else throw new Unhashable(`a ${Object.prototype.toString.call(value)}`);
}

/** The document's key; undefined when its definition holds something that cannot be hashed. */
export async function documentKey(doc: unknown): Promise<string | undefined> {
  rendererHash ??= hashRenderer();
  const hash = createHash('sha256').update(await rendererHash);
  try {
    update(hash, doc);
  } catch (problem) {
    if (problem instanceof Unhashable) return undefined;
    throw problem;
  }
  return hash.digest('hex');
}

const entryFile = (cache: PdfCache, key: string) => join(cache.dir, `${key}.pdf`);

export async function readCachedPdf(cache: PdfCache, key: string): Promise<Buffer | undefined> {
  try {
    return await readFile(entryFile(cache, key));
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw problem;
  }
}

/** Stores a rendered document; a cache that cannot be written only means rendering it next time. */
export async function writeCachedPdf(cache: PdfCache, key: string, bytes: Uint8Array): Promise<void> {
  const partial = join(cache.dir, `${key}.${randomUUID()}.partial`);
  try {
    await mkdir(cache.dir, { recursive: true });
    await writeFile(partial, bytes);
    await rename(partial, entryFile(cache, key));
  } catch {
    await rm(partial, { force: true });
  }
}

/** Removes the documents this build did not use; another build's half-written ones are left alone. */
export async function pruneCachedPdfs(cache: PdfCache, used: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(cache.dir);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((name) => name.endsWith('.pdf') && !used.has(name.slice(0, -'.pdf'.length)))
      .map((name) => rm(join(cache.dir, name), { force: true })),
  );
}

/** What a job with given inputs gave: its document in the cache, its path and its messages. */
export interface InputEntry {
  document: string;
  sitePath: string;
  messages: PdfMessage[];
  /**
   * Size and modification time of the cached document when it was stored. Copies are hard links
   * (`copyCachedPdf`), so a tool writing into a published PDF in place would write into the
   * cache too; a document whose stamp changed is rendered again instead of published.
   */
  stamp?: { size: number; mtimeMs: number };
}

const inputsFile = (cache: PdfCache) => join(cache.dir, 'inputs.json');

/** The last build's input keys; none when there is no index or it cannot be read. */
export async function readInputIndex(cache: PdfCache): Promise<Map<string, InputEntry>> {
  try {
    const entries: unknown = JSON.parse(await readFile(inputsFile(cache), 'utf8'));
    return new Map(Array.isArray(entries) ? (entries as [string, InputEntry][]) : []);
  } catch {
    return new Map();
  }
}

/** Replaces the index with this build's; one that cannot be written only means building definitions. */
export async function writeInputIndex(
  cache: PdfCache,
  entries: ReadonlyMap<string, InputEntry>,
): Promise<void> {
  const partial = join(cache.dir, `inputs.${randomUUID()}.partial`);
  try {
    await mkdir(cache.dir, { recursive: true });
    await writeFile(partial, JSON.stringify([...entries]));
    await rename(partial, inputsFile(cache));
  } catch {
    await rm(partial, { force: true });
  }
}

/** The stamp of a cached document (`InputEntry.stamp`); undefined when the cache no longer holds it. */
export function cachedPdfStamp(cache: PdfCache, key: string): InputEntry['stamp'] {
  try {
    const { size, mtimeMs } = statSync(entryFile(cache, key));
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * Puts the cached document of `entry` at `file` (beside, then renamed, as a rendered one is
 * written): a hard link where the output lies on the cache's file system, which at 100× the
 * organisation (5 GB of packs) saves copying every byte, else a copy. False when the cache no
 * longer holds the document as it was stored. Synchronous: a rebuild links every unchanged
 * document, 2,000 at 100×, and five calls each through the thread pool, one document after
 * another, cost more than the calls themselves.
 */
export function copyCachedPdf(cache: PdfCache, entry: InputEntry, file: string): boolean {
  const stored = entryFile(cache, entry.document);
  const now = cachedPdfStamp(cache, entry.document);
  if (!now) return false;
  if (!entry.stamp || now.size !== entry.stamp.size || now.mtimeMs !== entry.stamp.mtimeMs) {
    // Written into since it was stored: no longer what its key says, for this path or any other.
    rmSync(stored, { force: true });
    return false;
  }
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    try {
      linkSync(stored, partial);
    } catch {
      copyFileSync(stored, partial);
    }
    renameSync(partial, file);
    return true;
  } catch (problem) {
    rmSync(partial, { force: true });
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw problem;
  }
}
