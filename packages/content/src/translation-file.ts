/**
 * How a translation is named: `X.sv.yaml` beside `X.yaml`, `X.sv.mdx` beside `X.mdx`. Any
 * two-letter code counts, so that a translation into a language the site does not list is
 * reported rather than read as an item of its own.
 */
import { createHash } from 'node:crypto';
import { type ObjectShape, translatableText } from '@valmistelu/domain/translation';

const translationName = /^(?<stem>.+)\.(?<language>[a-z]{2})(?<extension>\.yaml|\.mdx)$/;

/** The original's path and the language code, when `path` names a translation. */
export function translationFileOf(path: string): { original: string; language: string } | undefined {
  const match = translationName.exec(path);
  if (!match?.groups) return undefined;
  const { stem, language, extension } = match.groups;
  return { original: `${stem}${extension}`, language: language as string };
}

/** The translation of `original` into `language`. */
export function translationPathOf(original: string, language: string): string {
  return original.replace(/(\.yaml|\.mdx)$/, `.${language}$1`);
}

/**
 * What a translation's `source` records: a short hash of the original's text fields and body,
 * so that a changed sentence makes the translation stale and a changed date does not.
 */
export function translationSourceHash(shape: ObjectShape, original: unknown, body?: string): string {
  const digest = createHash('sha256')
    .update(translatableText(shape, original, body))
    .digest('hex');
  return `sha256-${digest.slice(0, 12)}`;
}
