/**
 * A translation to fill in, beside its original: the keys that match § and list entries, each
 * text of the original as a comment to replace, and `source` recording which version of the
 * original it is made from. Until a comment is replaced the text counts as untranslated, so a
 * body that must publish in both languages is still stopped at its meeting.
 */
import { relative } from 'node:path';
import {
  collectionLayouts,
  type LoadedContent,
  siteFile,
  translationPathOf,
  translationSourceHash,
} from '@valmistelu/content';
import { languageNames } from '@valmistelu/domain/labels';
import {
  type CollectionName,
  collectionNames,
  type Language,
  siteFileSchema,
} from '@valmistelu/domain/schema';
import { itemShapeOf, type ObjectShape, type TranslationShape } from '@valmistelu/domain/translation';
import { stringify } from 'yaml';
import type { ScaffoldResult } from './scaffold-result.ts';

type Data = Record<string, unknown>;

const yamlOptions = { lineWidth: 100 } as const;

/** The original's text under a shape, keys and texts only: what a commented block shows. */
function textOnly(shape: TranslationShape, value: unknown): unknown {
  if (shape.kind === 'text' || shape.kind === 'key') return value;
  if (shape.kind === 'array')
    return Array.isArray(value) ? value.map((entry) => textOnly(shape.element, entry)) : undefined;
  const data = value as Data;
  const fields = Object.entries(shape.fields).flatMap(([name, field]) => {
    const text = textOnly(field, data[name]);
    return text === undefined || (Array.isArray(text) && text.length === 0) ? [] : [[name, text]];
  });
  return fields.length ? Object.fromEntries(fields) : undefined;
}

const commented = (yaml: string, indent: string) =>
  yaml
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}# ${line}`);

/**
 * An object's lines: keys as they are, every text commented out. Lists matched by key are
 * written out entry by entry; the rest (lists by position, nested objects) as one commented
 * block to uncomment, since an entry needs at least one field.
 */
function objectLines(shape: ObjectShape, value: Data, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, field] of Object.entries(shape.fields)) {
    const fieldValue = value[name];
    if (fieldValue === undefined) continue;
    if (field.kind === 'key') {
      lines.push(`${indent}${stringify({ [name]: fieldValue }, yamlOptions).trimEnd()}`);
    } else if (field.kind === 'array' && field.key !== undefined && Array.isArray(fieldValue)) {
      if (fieldValue.length === 0) continue;
      lines.push(`${indent}${name}:`);
      for (const entry of fieldValue) {
        const [first = '', ...rest] = objectLines(field.element, entry as Data, `${indent}    `);
        lines.push(`${indent}  - ${first.trimStart()}`, ...rest);
      }
    } else {
      const text = textOnly(field, fieldValue);
      if (text === undefined || (Array.isArray(text) && text.length === 0)) continue;
      lines.push(...commented(stringify({ [name]: text }, yamlOptions), indent));
    }
  }
  return lines;
}

function itemLines(shape: ObjectShape, value: object, sourceHash: string, indent = ''): string[] {
  return [...objectLines(shape, value as Data, indent), `${indent}source: ${sourceHash}`];
}

function header(language: Language, original: string): string[] {
  return [
    `# Käännös (${languageNames[language]}) tiedostosta ${original}: korvaa jokainen #-merkillä alkava`,
    '# suomenkielinen teksti käännöksellä ja poista #. Muut tiedot tulevat alkuperäisestä.',
  ];
}

/**
 * @param file the original, absolute.
 * @param language the translation's language; the site's second by default.
 */
export function scaffoldTranslation(
  loaded: LoadedContent,
  file: string,
  language?: Language,
): ScaffoldResult {
  const { site } = loaded.content;
  const target = language ?? site.languages[1];
  if (!target || !site.languages.includes(target) || target === site.languages[0])
    return {
      ok: false,
      message: `käännöksen kieli ei ole sivuston muu kieli: lisää se site.yaml:iin, esim. languages: [${site.languages[0]}, sv]`,
    };
  const original = relative(loaded.contentDir, file);
  const path = translationPathOf(original, target);
  const lines = header(target, original);
  if (original === siteFile) {
    const shape = itemShapeOf(siteFileSchema);
    lines.push(...itemLines(shape, site, translationSourceHash(shape, site)));
    return { ok: true, path, text: `${lines.join('\n')}\n` };
  }
  for (const name of collectionNames) {
    const layout = collectionLayouts[name];
    const shape = itemShapeOf(layout.schema);
    const items = loaded.content[name] as unknown as (Data & { id: string })[];
    if (layout.kind === 'list' && layout.file === original) {
      for (const item of items) {
        const [first = '', ...rest] = itemLines(shape, item, translationSourceHash(shape, item), '  ');
        lines.push(`- ${first.trimStart()}`, ...rest);
      }
      return { ok: true, path, text: `${lines.join('\n')}\n` };
    }
    const index = loaded.sources[name].findIndex((source) => source.file === file);
    const item = items[index];
    if (layout.kind !== 'folder' || !item) continue;
    if (layout.extension === '.yaml') {
      lines.push(...itemLines(shape, item, translationSourceHash(shape, item)));
      return { ok: true, path, text: `${lines.join('\n')}\n` };
    }
    const body = String(item.body ?? '');
    const frontmatter = [...lines, ...itemLines(shape, item, translationSourceHash(shape, item, body))];
    // The body stays empty, and so untranslated, until the translator writes it below the `---`.
    frontmatter.push(`# Kirjoita tiedoston ${original} teksti käännettynä alimman ---rivin jälkeen.`);
    return { ok: true, path, text: `---\n${frontmatter.join('\n')}\n---\n` };
  }
  return { ok: false, message: notAnItem(original) };
}

function notAnItem(original: string): string {
  const folders = collectionNames
    .map((name: CollectionName) => collectionLayouts[name])
    .map((layout) => (layout.kind === 'list' ? layout.file : `${layout.folder}/`));
  return `${original} ei ole sisällön kohde, jonka voi kääntää (${siteFile}, ${folders.join(', ')})`;
}
