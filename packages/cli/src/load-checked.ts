/**
 * Loads and lints content and prints every problem; the shared first step of check, build, pdf and pack.
 */
import {
  countBySeverity,
  formatMessage,
  type LoadedContent,
  loadContent,
  sortMessages,
} from '@valmistelu/content';
import { lintContent } from '@valmistelu/lint';
import type { CliIo } from './cli-io.ts';

export interface CheckedContent {
  loaded: LoadedContent;
  errors: number;
  warnings: number;
}

/** @param showWarnings false for commands that only need valid content, such as `new`. */
export async function loadChecked(
  contentDir: string,
  io: CliIo,
  showWarnings = true,
): Promise<CheckedContent> {
  const loaded = await loadContent(contentDir);
  const messages = sortMessages([...loaded.messages, ...lintContent(loaded)]);
  for (const message of messages) {
    if (showWarnings || message.severity === 'error') io.stdout(`${formatMessage(message, io.cwd)}\n`);
  }
  const counts = countBySeverity(messages);
  if (counts.error > 0) {
    io.stdout(
      `\n${counts.error} virhettä, ${counts.warning} varoitusta ${loaded.files.length} tiedostossa.\n`,
    );
  }
  return { loaded, errors: counts.error, warnings: counts.warning };
}
