/**
 * Reads the translations beside the originals (`translation-file.ts`) once the originals are
 * loaded: each is checked against the schema derived from its original's (only text fields),
 * merged into the translated model, and compared with the original's current text. Bodies that
 * must publish in a language (`languages` in `bodies.yaml`) get every meeting checked for its
 * translation, at the meeting's file.
 */
import { access, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { languageAdjectives, languageNames } from '@valmistelu/domain/labels';
import {
  type CollectionName,
  type ContentModel,
  collectionNames,
  type Language,
  languageCodes,
  type Site,
  siteFileSchema,
} from '@valmistelu/domain/schema';
import {
  itemShapeOf,
  mergeTranslation,
  type ObjectShape,
  translationSchemaOf,
  translationShapeAt,
  translationSourceField,
  untranslatedPaths,
} from '@valmistelu/domain/translation';
import { bodyImages } from './body-images.ts';
import { collectionLayouts, siteFile } from './collections.ts';
import type { ItemSource } from './load-content.ts';
import type { Severity } from './messages.ts';
import type { ParsedSource } from './parse-source.ts';
import { translationFileOf, translationPathOf, translationSourceHash } from './translation-file.ts';
import type { YamlSource } from './yaml-source.ts';
import { fieldName, finnishIssueMessage, parseInFinnish } from './zod-messages.ts';

/**
 * Where a translation stands against its original: `current` when its `source` is the
 * original's hash, `stale` when the original's text has changed since, `unmarked` without one.
 */
export type TranslationState = 'current' | 'stale' | 'unmarked';

/** One translated item (or the site settings, `collection: 'site'`). */
export interface TranslationRecord {
  collection: CollectionName | 'site';
  /** The item's id; the site settings have none. */
  id?: string;
  file: string;
  originalFile: string;
  state: TranslationState;
  /** The original's current `source` hash, which a current translation records. */
  sourceHash: string;
  /** Paths in the original of text the translation does not give. */
  untranslated: PropertyKey[][];
}

/** The model in one of the site's other languages. */
export interface TranslatedContent {
  language: Language;
  /**
   * Every item, translated where a translation exists and otherwise as in the main language:
   * `translated` says which are which. In the same order as the main content.
   */
  content: ContentModel;
  /** Where each item's text came from: the translation's file (and its body's tree) or the original's. */
  sources: Record<CollectionName, ItemSource[]>;
  /** Ids of the translated items per collection. */
  translated: Record<CollectionName, string[]>;
  siteTranslated: boolean;
  records: TranslationRecord[];
}

type ReadSource = ParsedSource & { yaml: YamlSource };

export interface TranslationInput {
  contentDir: string;
  site: Site;
  content: ContentModel;
  sources: Record<CollectionName, ItemSource[]>;
  /** Translation files found in the collection folders. */
  folderTranslations: string[];
  readSource(file: string): ReadSource | undefined;
  report(
    file: string,
    line: number,
    column: number,
    message: string,
    ruleId: string,
    severity?: Severity,
  ): void;
}

const siteShape = itemShapeOf(siteFileSchema);
const shapes = Object.fromEntries(
  collectionNames.map((name) => [name, itemShapeOf(collectionLayouts[name].schema)]),
) as Record<CollectionName, ObjectShape>;

function isLanguage(code: string): code is Language {
  return (languageCodes as readonly string[]).includes(code);
}

function languageLabel(code: string): string {
  return isLanguage(code) ? `${code} (${languageNames[code]})` : code;
}

export async function loadTranslations(
  input: TranslationInput,
): Promise<Partial<Record<Language, TranslatedContent>>> {
  const { contentDir, site, content, sources, report } = input;
  const [main, ...others] = site.languages;
  const result: Partial<Record<Language, TranslatedContent>> = {};
  for (const language of others) result[language] = emptyTranslation(language, content, sources);

  /** Whether a translation's language is one of the site's others; reports it at the file when not. */
  const languageOf = (file: string, code: string): TranslatedContent | undefined => {
    const translation = isLanguage(code) ? result[code] : undefined;
    if (translation) return translation;
    report(
      file,
      1,
      1,
      code === main
        ? `käännös sivuston pääkielelle ${languageLabel(code)}: pääkielinen teksti kirjoitetaan alkuperäiseen tiedostoon`
        : `kieli ${languageLabel(code)} ei ole sivuston kielissä (site.yaml: languages: [${site.languages.join(', ')}])`,
      'translation',
    );
    return undefined;
  };

  /** Parses a translation against its shape; reports every issue at its place in the translation. */
  const parseTranslation = (
    shape: ObjectShape,
    data: unknown,
    file: string,
    yaml: YamlSource,
    basePath: PropertyKey[],
  ) => {
    const parsed = parseInFinnish(translationSchemaOf(shape), data);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    for (const issue of parsed.error.issues) {
      const path = [...basePath, ...issue.path];
      if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
        const at = yaml.keyPositionOf(path, issue.keys[0]);
        const allowed = translationShapeAt(shape, issue.path);
        const fields = allowed.kind === 'object' ? Object.keys(allowed.fields).join(', ') : '';
        for (const key of issue.keys)
          report(
            file,
            at.line,
            at.column,
            `kenttä "${key}" ei kuulu käännökseen: käännös antaa vain tekstikentät (${fields}), muut tiedot tulevat alkuperäisestä`,
            'translation',
          );
        continue;
      }
      const at = yaml.positionOf(path);
      report(file, at.line, at.column, finnishIssueMessage(issue), 'schema');
    }
    return undefined;
  };

  /** Merges one translated item; returns its record, or undefined when the translation failed. */
  const translateItem = (
    shape: ObjectShape,
    original: object,
    originalBody: string | undefined,
    data: unknown,
    at: { file: string; originalFile: string; yaml: YamlSource; basePath: PropertyKey[] },
  ): { value: object; record: Omit<TranslationRecord, 'collection' | 'id'> } | undefined => {
    const translation = parseTranslation(shape, data, at.file, at.yaml, at.basePath);
    if (!translation) return undefined;
    const merged = mergeTranslation(shape, original, translation);
    for (const issue of merged.issues) {
      const position = at.yaml.positionOf([...at.basePath, ...issue.path]);
      report(at.file, position.line, position.column, issue.message, 'translation');
    }
    if (merged.issues.length) return undefined;
    const sourceHash = translationSourceHash(shape, original, originalBody);
    const recorded = translation[translationSourceField];
    const state: TranslationState =
      recorded === undefined ? 'unmarked' : recorded === sourceHash ? 'current' : 'stale';
    if (state === 'stale') {
      const position = at.yaml.positionOf([...at.basePath, translationSourceField]);
      report(
        at.file,
        position.line,
        position.column,
        `käännös on vanhentunut: alkuperäisen ${basename(at.originalFile)} teksti on muuttunut käännöksen jälkeen; päivitä käännös ja merkitse source: ${sourceHash}`,
        'translation/stale',
        'warning',
      );
    }
    const untranslated = untranslatedPaths(shape, original, translation);
    return {
      value: merged.value,
      record: { file: at.file, originalFile: at.originalFile, state, sourceHash, untranslated },
    };
  };

  const readTranslation = async (file: string) => {
    const read = input.readSource(file);
    if (!read) return undefined;
    if (read.mdx)
      for (const message of read.mdx.messages)
        report(file, message.line, message.column, message.message, message.ruleId);
    return read;
  };

  // The site settings and the list files: `site.sv.yaml`, `bodies.sv.yaml` …
  const listFiles: Record<string, CollectionName | 'site'> = { [siteFile]: 'site' };
  for (const name of collectionNames) {
    const layout = collectionLayouts[name];
    if (layout.kind === 'list') listFiles[layout.file] = name;
  }
  const topFiles = (await readdir(contentDir).catch(() => [] as string[])).sort();
  for (const entry of topFiles) {
    const named = translationFileOf(entry);
    const collection = named && listFiles[named.original];
    if (!named || !collection) continue;
    const file = join(contentDir, entry);
    const translated = languageOf(file, named.language);
    if (!translated) continue;
    const read = await readTranslation(file);
    if (!read) continue;
    const originalFile = join(contentDir, named.original);
    if (collection === 'site') {
      const done = translateItem(siteShape, site, undefined, read.yaml.data, {
        file,
        originalFile,
        yaml: read.yaml,
        basePath: [],
      });
      if (!done) continue;
      translated.content.site = done.value as Site;
      translated.siteTranslated = true;
      translated.records.push({ collection: 'site', ...done.record });
      continue;
    }
    if (!Array.isArray(read.yaml.data)) {
      report(file, 1, 1, 'tiedoston pitää olla luettelo (rivit alkavat "- ")', 'schema');
      continue;
    }
    const items = content[collection] as { id: string }[];
    read.yaml.data.forEach((data, index) => {
      const id = (data as { id?: unknown } | null)?.id;
      const at = items.findIndex((item) => item.id === id);
      if (at === -1) {
        const position = read.yaml.positionOf([index, 'id']);
        report(
          file,
          position.line,
          position.column,
          typeof id === 'string'
            ? `tiedostossa ${named.original} ei ole kohtaa "${id}": käännös ei voi lisätä sitä`
            : 'pakollinen kenttä "id" puuttuu: se kertoo, minkä kohdan käännös tämä on',
          'translation',
        );
        return;
      }
      const done = translateItem(shapes[collection], items[at] as object, undefined, data, {
        file,
        originalFile,
        yaml: read.yaml,
        basePath: [index],
      });
      if (!done) return;
      (translated.content[collection] as object[])[at] = done.value;
      translated.sources[collection][at] = { file, yaml: read.yaml, basePath: [index] };
      translated.translated[collection].push(items[at]?.id as string);
      translated.records.push({ collection, id: items[at]?.id as string, ...done.record });
    });
  }

  // One file per item: `meetings/vate-2018-04.sv.yaml`, `news/x.sv.mdx` …
  const originals = new Map<string, { name: CollectionName; index: number }>();
  for (const name of collectionNames)
    sources[name].forEach((source, index) => {
      if (collectionLayouts[name].kind === 'folder') originals.set(source.file, { name, index });
    });
  for (const file of input.folderTranslations) {
    const named = translationFileOf(file);
    if (!named) continue;
    const translated = languageOf(file, named.language);
    if (!translated) continue;
    const original = originals.get(named.original);
    if (!original) {
      // An original with errors of its own is reported there; one that is not there at all, here.
      if (!(await fileExists(named.original)))
        report(
          file,
          1,
          1,
          `käännöksellä ei ole alkuperäistä: ${basename(named.original)} puuttuu`,
          'translation',
        );
      continue;
    }
    const read = await readTranslation(file);
    if (!read) continue;
    const { name, index } = original;
    const item = content[name][index] as { id: string; body?: string };
    const layout = collectionLayouts[name];
    // An MDX item's body is text; a meeting's `body` is the body (toimielin) that meets.
    const originalBody =
      layout.kind === 'folder' && layout.extension === '.mdx' ? (item.body ?? '') : undefined;
    const done = translateItem(shapes[name], item, originalBody, read.yaml.data, {
      file,
      originalFile: named.original,
      yaml: read.yaml,
      basePath: [],
    });
    if (!done) continue;
    const untranslated = [...done.record.untranslated];
    const value = done.value as { body?: string };
    const originalSource = sources[name][index] as ItemSource;
    // Until the body is translated, the page shows the original's, so its tree and images stay.
    let source: ItemSource = { ...originalSource, file, yaml: read.yaml, basePath: [] };
    if (originalBody !== undefined) {
      if (read.body?.trim()) {
        value.body = read.body;
        source = { file, yaml: read.yaml, basePath: [], bodyLineOffset: read.bodyLineOffset ?? 0 };
        if (read.mdx?.tree) {
          source.tree = read.mdx.tree;
          const found = await bodyImages(read.mdx.tree, file, contentDir);
          for (const message of found.messages)
            report(
              message.file,
              message.line,
              message.column,
              message.message,
              message.ruleId,
              message.severity,
            );
          if (found.images.length > 0) source.images = found.images;
        }
      } else if (originalBody.trim()) untranslated.push(['body']);
    }
    (translated.content[name] as object[])[index] = value;
    translated.sources[name][index] = source;
    translated.translated[name].push(item.id);
    translated.records.push({ collection: name, id: item.id, ...done.record, untranslated });
  }

  checkRequiredLanguages(input, result);
  return result;
}

async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function emptyTranslation(
  language: Language,
  content: ContentModel,
  sources: Record<CollectionName, ItemSource[]>,
): TranslatedContent {
  const copy = { ...content } as ContentModel;
  const copiedSources = {} as Record<CollectionName, ItemSource[]>;
  const translated = {} as Record<CollectionName, string[]>;
  for (const name of collectionNames) {
    (copy as unknown as Record<CollectionName, unknown[]>)[name] = [...content[name]];
    copiedSources[name] = [...sources[name]];
    translated[name] = [];
  }
  return { language, content: copy, sources: copiedSources, translated, siteTranslated: false, records: [] };
}

/**
 * Kielilaki 29 §: a body that publishes in several languages publishes every agenda and minutes
 * in each. Reported at the meeting's file, where the preparer looks for what is missing.
 */
function checkRequiredLanguages(
  input: TranslationInput,
  result: Partial<Record<Language, TranslatedContent>>,
): void {
  const { content, sources, site, report } = input;
  content.bodies.forEach((body, bodyIndex) => {
    for (const language of body.languages ?? []) {
      if (language === site.languages[0]) continue;
      const translated = result[language];
      if (!translated) {
        const bodySource = sources.bodies[bodyIndex];
        if (!bodySource) continue;
        const at = bodySource.yaml.positionOf([...bodySource.basePath, 'languages']);
        report(
          bodySource.file,
          at.line,
          at.column,
          `kieli ${languageLabel(language)} ei ole sivuston kielissä (site.yaml: languages: [${site.languages.join(', ')}])`,
          'translation',
        );
        continue;
      }
      content.meetings.forEach((meeting, index) => {
        if (meeting.body !== body.id || meeting.draft) return;
        const source = sources.meetings[index];
        if (!source) return;
        const expected = basename(translationPathOf(source.file, language));
        const record = translated.records.find(
          (candidate) => candidate.collection === 'meetings' && candidate.id === meeting.id,
        );
        const adjective = languageAdjectives[language];
        if (!record) {
          const at = source.yaml.positionOf(['body']);
          report(
            source.file,
            at.line,
            at.column,
            `toimielin "${body.id}" julkaisee esityslistat ja pöytäkirjat myös kielellä ${languageLabel(language)} (kielilaki 29 §): ${adjective} käännös ${expected} puuttuu`,
            'translation/required',
          );
          return;
        }
        for (const path of record.untranslated) {
          const at = source.yaml.positionOf(path);
          report(
            source.file,
            at.line,
            at.column,
            `${adjective} käännös ${expected} ei anna ${placeName(meeting.agenda, path)}; toimielin "${body.id}" julkaisee kokouksensa myös kielellä ${languageLabel(language)} (kielilaki 29 §)`,
            'translation/required',
          );
        }
      });
    }
  });
}

/** "pykälän 2 § kenttää "proposal"": where a preparer finds the text in the minutes. */
function placeName(agenda: readonly { number: number }[], path: PropertyKey[]): string {
  const [first, index, ...rest] = path;
  const item = first === 'agenda' && typeof index === 'number' ? agenda[index] : undefined;
  if (!item) return `kenttää "${fieldName(path)}"`;
  return `pykälän ${item.number} § kenttää "${fieldName(rest)}"`;
}
