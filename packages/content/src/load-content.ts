/**
 * Reads a content folder into the domain model. Every problem, from unreadable files to unknown
 * references, comes back as a located message; nothing is thrown for a content mistake.
 */
import { realpath } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import {
  type CollectionName,
  type ContentModel,
  collectionNames,
  identitySchema,
  idSchema,
  type Language,
  reportTemplateSchema,
  type Site,
  siteFileSchema,
} from '@valmistelu/domain/schema';
import { slugify } from '@valmistelu/domain/slug';
import { type ModelIssue, validateContent } from '@valmistelu/domain/validate';
import type { Root } from 'mdast';
import type { z } from 'zod';
import { type BodyImage, bodyImages } from './body-images.ts';
import { collectionLayouts, reportTemplateFile, siteFile } from './collections.ts';
import { listCollectionFiles } from './list-collection-files.ts';
import { loadTranslations, type TranslatedContent } from './load-translations.ts';
import { type LogoFile, readLogoFile } from './logo-file.ts';
import type { ContentMessage, Severity } from './messages.ts';
import { type LeadImage, newsImage } from './news-image.ts';
import { noParseCache, openParseCache, type ParseCache } from './parse-cache.ts';
import type { ParsedSource } from './parse-source.ts';
import { readTextFile } from './read-text-file.ts';
import { resolveContentFile } from './resolve-content-file.ts';
import { translationFileOf } from './translation-file.ts';
import type { YamlSource } from './yaml-source.ts';
import { finnishIssueMessage, parseInFinnish } from './zod-messages.ts';

/** Where an item of a collection came from, for locating problems and rendering its body. */
export interface ItemSource {
  file: string;
  yaml: YamlSource;
  /** Path of the item inside its YAML document (its index in a list file). */
  basePath: PropertyKey[];
  /** The MDX body's syntax tree, positioned as in the file; absent when it did not parse. */
  tree?: Root;
  /** Lines before the MDX body in its file: with the body, what its tree's positions follow from. */
  bodyLineOffset?: number;
  /** The image files the body shows, each checked (`body-images.ts`); those with problems left out. */
  images?: BodyImage[];
  /** A news item's own picture (`image` and `imageAlt`), checked (`news-image.ts`). */
  leadImage?: LeadImage;
}

export interface LoadedContent {
  /** Valid items only; check `messages` for what was left out and why. */
  content: ContentModel;
  sources: Record<CollectionName, ItemSource[]>;
  messages: ContentMessage[];
  files: string[];
  contentDir: string;
  /** `identity.logo` of `site.yaml`, read and checked; absent when none is set or it has problems. */
  logo?: LogoFile;
  /**
   * The model in each of the site's other languages (`site.yaml` `languages`), from the
   * translations beside the originals; empty when the site has one language or failed to load.
   */
  translations: Partial<Record<Language, TranslatedContent>>;
}

type ReadSource = ParsedSource & { yaml: YamlSource };

type Parsed = { data: unknown; source: ItemSource; body?: string; id?: string };

function emptySources(): Record<CollectionName, ItemSource[]> {
  return Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Record<
    CollectionName,
    ItemSource[]
  >;
}

export interface LoadOptions {
  /**
   * The date for content whose `site.yaml` sets no `asOf`: the day the caller runs on, as its
   * own clock and time zone say (the CLI: today in Europe/Helsinki). Without either, `site.yaml`
   * is reported as missing its date.
   */
  today?: string;
  /**
   * Where parsed files are kept between runs (`contentCacheFile`): a file whose text is
   * unchanged is not parsed again. Without it every file is parsed.
   */
  cacheFile?: string;
}

/** What the steps of reading one folder share: where it is, what was read, every problem so far. */
interface FolderReader {
  contentDir: string;
  /** The folder with links resolved: links are judged against it. */
  realContentDir: string;
  messages: ContentMessage[];
  files: string[];
  parseCache: ParseCache;
  /** List files that could not be read at all: every id in them is unknown. */
  failedListFiles: Set<CollectionName>;
  /** `X.sv.yaml` beside `X.yaml`: read once the originals are (`load-translations.ts`). */
  folderTranslations: string[];
}

function report(
  reader: FolderReader,
  file: string,
  line: number,
  column: number,
  message: string,
  ruleId: string,
  severity: Severity = 'error',
): void {
  reader.messages.push({ file, line, column, message, severity, ruleId });
}

export async function loadContent(
  contentDirInput: string,
  options: LoadOptions = {},
): Promise<LoadedContent> {
  const contentDir = resolve(contentDirInput);
  const reader: FolderReader = {
    contentDir,
    // Links are judged against the real folder, so that a content folder reached through a link works.
    realContentDir: await realpath(contentDir).catch(() => contentDir),
    messages: [],
    files: [],
    parseCache: options.cacheFile ? await openParseCache(options.cacheFile) : noParseCache,
    failedListFiles: new Set(),
    folderTranslations: [],
  };
  // Read and parse every file at once.
  const [siteRead, templateRead, ...collections] = await Promise.all([
    readSingle(reader, siteFile, siteFileSchema),
    readSingle(reader, reportTemplateFile, reportTemplateSchema),
    ...collectionNames.map((name) => readCollection(reader, name)),
  ]);
  const reportTemplate = templateRead?.value;
  const logo = await readLogo(reader, siteRead);
  const site = datedSite(reader, siteRead?.value, options.today);
  // The schema of every item, then their pictures, then the references between them.
  const { content, sources, failedIds } = validateCollections(reader, collections as Parsed[][]);
  await attachNewsImages(reader, content, sources);
  if (site) content.site = site;
  if (reportTemplate) content.reportTemplate = reportTemplate;
  if (site && reportTemplate) {
    for (const message of crossReferenceMessages(reader, content, sources, failedIds))
      reader.messages.push(message);
  }
  const translations =
    site && reportTemplate
      ? await loadTranslations({
          contentDir,
          site,
          content,
          sources,
          folderTranslations: reader.folderTranslations.sort(),
          readSource: (file) => readSource(reader, file),
          report: (...problem) => report(reader, ...problem),
        })
      : {};
  await reader.parseCache.save();
  const { messages, files } = reader;
  return { content, sources, messages, files, contentDir, translations, ...(logo && { logo }) };
}

/** `site.yaml` with its date: its own `asOf`, else the run's; without either, a problem. */
function datedSite(
  reader: FolderReader,
  siteFromFile: z.infer<typeof siteFileSchema> | undefined,
  today: string | undefined,
): Site | undefined {
  const asOf = siteFromFile?.asOf ?? today;
  if (siteFromFile && asOf === undefined)
    report(
      reader,
      join(reader.contentDir, siteFile),
      1,
      1,
      'tilannepäivä (asOf) puuttuu, eikä ajo antanut päivää',
      'schema',
    );
  return siteFromFile && asOf !== undefined ? { ...siteFromFile, asOf } : undefined;
}

/** Reads a file that `resolveContentFile` allows; reports why not, or that it went through a link. */
function readText(reader: FolderReader, file: string): string | undefined {
  try {
    const resolved = resolveContentFile(file, reader.contentDir, reader.realContentDir);
    if (resolved.ok || !resolved.missing) reader.files.push(file);
    if (!resolved.ok) {
      report(reader, file, 1, 1, resolved.message, 'file');
      return undefined;
    }
    if (resolved.linkedTo)
      report(
        reader,
        file,
        1,
        1,
        `symbolinen linkki tiedostoon ${resolved.linkedTo}: sisältö luetaan linkin kohteesta`,
        'file/link',
        'warning',
      );
    const text = readTextFile(resolved.path);
    if (text.ok) return text.text;
    report(reader, file, 1, 1, text.message, 'file');
  } catch {
    report(reader, file, 1, 1, 'tiedostoa ei voi lukea', 'file');
  }
  return undefined;
}

/** Reads one YAML or MDX file; returns its parse (`parse-source.ts`), or reports why there is none. */
function readSource(reader: FolderReader, file: string): ReadSource | undefined {
  const text = readText(reader, file);
  if (text === undefined) return undefined;
  const parsed = reader.parseCache.parse(file.endsWith('.mdx') ? 'mdx' : 'yaml', text);
  for (const problem of parsed.problems)
    report(reader, file, problem.line, problem.column, problem.message, problem.ruleId, problem.severity);
  const { yaml } = parsed;
  return yaml && { ...parsed, yaml };
}

/** Validates data against a schema, reporting every issue at its position. */
function parseWith<T>(
  reader: FolderReader,
  schema: z.ZodType<T>,
  data: unknown,
  source: ItemSource,
): T | undefined {
  const result = parseInFinnish(schema, data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...source.basePath, ...issue.path];
    const position =
      issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
        ? source.yaml.keyPositionOf(path, issue.keys[0])
        : source.yaml.positionOf(path);
    report(reader, source.file, position.line, position.column, finnishIssueMessage(issue), 'schema');
  }
  return undefined;
}

/** Reads and parses a collection's files (`collections.ts`); the schema comes later. */
async function readCollection(reader: FolderReader, name: CollectionName): Promise<Parsed[]> {
  const layout = collectionLayouts[name];
  if (layout.kind === 'list') {
    const file = join(reader.contentDir, layout.file);
    const read = readSource(reader, file);
    if (!read) {
      reader.failedListFiles.add(name);
      return [];
    }
    if (!Array.isArray(read.yaml.data)) {
      report(reader, file, 1, 1, 'tiedoston pitää olla luettelo (rivit alkavat "- ")', 'schema');
      return [];
    }
    return read.yaml.data.map((data, index) => ({
      data,
      source: { file, yaml: read.yaml, basePath: [index] },
    }));
  }
  const { files: paths, folderLinks } = await listCollectionFiles(
    join(reader.contentDir, layout.folder),
    layout.extension,
    reader.realContentDir,
  );
  for (const link of folderLinks) report(reader, link.path, 1, 1, link.message, 'file/link', link.severity);
  const originals = paths.filter((file) => {
    if (!translationFileOf(file)) return true;
    reader.folderTranslations.push(file);
    return false;
  });
  const parsed = await Promise.all(
    originals.map(async (file): Promise<Parsed | undefined> => {
      const read = readSource(reader, file);
      if (!read) return undefined;
      const id = basename(file, extname(file));
      if (!idSchema.safeParse(id).success) {
        const suggestion = slugify(id.normalize('NFC'));
        report(
          reader,
          file,
          1,
          1,
          `tiedostonimi "${id}" ei kelpaa tunnisteeksi: nimeä tiedosto "${suggestion}${layout.extension}"`,
          'id',
        );
        return undefined;
      }
      const source: ItemSource = { file, yaml: read.yaml, basePath: [] };
      const { mdx } = read;
      if (read.body !== undefined && mdx) {
        source.bodyLineOffset = read.bodyLineOffset ?? 0;
        for (const message of mdx.messages)
          report(reader, file, message.line, message.column, message.message, message.ruleId);
        if (mdx.tree) {
          source.tree = mdx.tree;
          const found = await bodyImages(mdx.tree, file, reader.contentDir);
          reader.messages.push(...found.messages);
          if (found.images.length > 0) source.images = found.images;
        }
      }
      return { data: read.yaml.data, source, id, ...(read.body !== undefined && { body: read.body }) };
    }),
  );
  return parsed.filter((item) => item !== undefined);
}

/** Reads, parses and validates a file of one item (`site.yaml`, the report template). */
function readSingle<T>(
  reader: FolderReader,
  fileName: string,
  schema: z.ZodType<T>,
): { value: T | undefined; source: ItemSource } | undefined {
  const file = join(reader.contentDir, fileName);
  const read = readSource(reader, file);
  if (!read) return undefined;
  const source = { file, yaml: read.yaml, basePath: [] };
  return { value: parseWith(reader, schema, read.yaml.data, source), source };
}

/** The logo `site.yaml` names, or its problem reported at the name. */
async function readLogo(
  reader: FolderReader,
  read: { source: ItemSource } | undefined,
): Promise<LogoFile | undefined> {
  // From the file as written, so that a missing logo is reported with the file's other mistakes.
  const url = (read?.source.yaml.data as { identity?: { logo?: unknown } } | null)?.identity?.logo;
  if (!read || typeof url !== 'string' || !identitySchema.shape.logo.safeParse(url).success) return undefined;
  const result = await readLogoFile(url, reader.contentDir);
  if (result.ok) return result.logo;
  const position = read.source.yaml.positionOf(['identity', 'logo']);
  report(reader, read.source.file, position.line, position.column, result.message, 'image');
  return undefined;
}

/** The schema step: each item validated, in its collection's order; the ids of those that failed. */
function validateCollections(reader: FolderReader, collections: readonly Parsed[][]) {
  const sources = emptySources();
  const content = {
    people: [],
    bodies: [],
    lines: [],
    groups: [],
    reports: [],
    meetings: [],
    timelines: [],
    news: [],
    channels: [],
  } as unknown as ContentModel;
  /** Ids of items that failed their schema: references to them are not reported as unknown. */
  const failedIds = emptyIdSets();
  collectionNames.forEach((name, position) => {
    const layout = collectionLayouts[name];
    const items = (collections[position] ?? []) as Parsed[];
    const valid: { value: object; source: ItemSource }[] = [];
    for (const item of items) {
      const value = parseWith(reader, layout.schema, item.data, item.source);
      const id = item.id ?? (value as { id?: string } | undefined)?.id ?? rawId(item.data);
      if (value === undefined) {
        if (id) failedIds[name].add(id);
        continue;
      }
      const complete = {
        ...(value as object),
        ...(item.id && { id: item.id }),
        ...(item.body !== undefined && { body: item.body }),
      };
      valid.push({ value: complete, source: item.source });
    }
    // An explicit `order` comes first; the sort is stable, so the rest keep their file order.
    valid.sort((a, b) => orderOf(a.value) - orderOf(b.value));
    for (const { value, source } of valid) {
      (content[name] as unknown[]).push(value);
      sources[name].push(source);
    }
  });
  return { content, sources, failedIds };
}

/** Each news item's own picture, checked; its messages in the items' order. */
async function attachNewsImages(
  reader: FolderReader,
  content: ContentModel,
  sources: Record<CollectionName, ItemSource[]>,
): Promise<void> {
  // In the items' order, so that the messages come in the same order every run.
  const pictures = await Promise.all(
    content.news.map((item, index) => {
      const source = sources.news[index];
      return source ? newsImage(item, source, reader.contentDir) : Promise.resolve(noNewsImage);
    }),
  );
  pictures.forEach((found, index) => {
    reader.messages.push(...found.messages);
    const source = sources.news[index];
    if (source && found.image) source.leadImage = found.image;
  });
}

/**
 * The cross-reference step, for a model with its site and template: every issue between items
 * (`validateContent`), located, except unknown references to items that failed their own checks.
 */
function crossReferenceMessages(
  reader: FolderReader,
  content: ContentModel,
  sources: Record<CollectionName, ItemSource[]>,
  failedIds: Record<CollectionName, Set<string>>,
): ContentMessage[] {
  return validateContent(content)
    .filter((issue) => !isAboutFailedItem(issue, failedIds, reader.failedListFiles))
    .map((issue) => locateIssue(issue, sources));
}

const noNewsImage: Awaited<ReturnType<typeof newsImage>> = { messages: [] };

function emptyIdSets(): Record<CollectionName, Set<string>> {
  return Object.fromEntries(collectionNames.map((name) => [name, new Set<string>()])) as unknown as Record<
    CollectionName,
    Set<string>
  >;
}

function orderOf(value: object): number {
  const order = (value as { order?: unknown }).order;
  return typeof order === 'number' ? order : Number.POSITIVE_INFINITY;
}

function rawId(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** An unknown reference to an item that exists but failed its own checks is not news to the user. */
function isAboutFailedItem(
  issue: ModelIssue,
  failedIds: Record<CollectionName, Set<string>>,
  failedFiles: Set<CollectionName>,
): boolean {
  if (!issue.reference) return false;
  return (
    failedFiles.has(issue.reference.collection) ||
    failedIds[issue.reference.collection].has(issue.reference.id)
  );
}

function locateIssue(issue: ModelIssue, sources: Record<CollectionName, ItemSource[]>): ContentMessage {
  const source = sources[issue.collection][issue.index];
  if (!source) throw new Error(`no source for ${issue.collection}[${issue.index}]`);
  const position = source.yaml.positionOf([...source.basePath, ...issue.path]);
  let message = issue.message;
  if (issue.related) {
    const related = sources[issue.related.collection][issue.related.index];
    if (related) {
      const at = related.yaml.positionOf([...related.basePath, ...issue.related.path]);
      message += ` (ensimmäinen: ${basename(related.file)}:${at.line}:${at.column})`;
    }
  }
  return {
    file: source.file,
    line: position.line,
    column: position.column,
    message,
    severity: issue.severity,
    ruleId: issue.ruleId ?? 'reference',
  };
}
