/**
 * Loads and lints content and prints every problem; the shared first step of check, build, pdf and pack.
 */
import {
  type ContentMessage,
  contentCacheFile,
  countBySeverity,
  type LoadedContent,
  loadContent,
  sortMessages,
} from '@valmistelu/content';
import { countOf } from '@valmistelu/domain/finnish-count';
import { lintContent } from '@valmistelu/lint';
import { undrawableCharacterMessages } from '@valmistelu/pdf/glyph-check';
import type { CliIo } from './cli-io.ts';
import { helsinkiNow } from './helsinki-now.ts';
import { textReport } from './reporters/text-reporter.ts';

export interface CheckedContent {
  loaded: LoadedContent;
  errors: number;
  warnings: number;
}

export interface ContentProblems extends CheckedContent {
  /** Every problem of loading and linting, sorted by place. */
  messages: ContentMessage[];
}

/**
 * Loads and lints without printing, for reporters that print in their own format.
 * @param today The date for content that sets none (`site.yaml` without `asOf`).
 */
export async function checkContent(
  contentDir: string,
  cacheDir: string,
  today = helsinkiNow().day,
): Promise<ContentProblems> {
  const loaded = await loadContent(contentDir, { today, cacheFile: contentCacheFile(cacheDir, contentDir) });
  const messages = sortMessages([
    ...loaded.messages,
    ...lintContent(loaded),
    // Characters the PDFs' fonts lack would vanish from the PDFs without a word.
    ...undrawableCharacterMessages(loaded),
  ]);
  const counts = countBySeverity(messages);
  return { loaded, messages, errors: counts.error, warnings: counts.warning };
}

/** The closing line of a check that found errors. */
export function errorSummary({ errors, warnings, loaded }: CheckedContent): string {
  return `${countOf(errors, 'virhe', 'virhettä')}, ${countOf(warnings, 'varoitus', 'varoitusta')} ${loaded.files.length} tiedostossa.\n`;
}

/**
 * @param showWarnings false for commands that only need valid content, such as `new`.
 * @param today The date for content that sets none.
 */
export async function loadChecked(
  contentDir: string,
  cacheDir: string,
  io: CliIo,
  showWarnings = true,
  today = helsinkiNow().day,
): Promise<CheckedContent> {
  const checked = await checkContent(contentDir, cacheDir, today);
  const shown = checked.messages.filter((message) => showWarnings || message.severity === 'error');
  io.stdout(textReport(shown, io.cwd));
  if (checked.errors > 0) io.stdout(`\n${errorSummary(checked)}`);
  const { loaded, errors, warnings } = checked;
  return { loaded, errors, warnings };
}
