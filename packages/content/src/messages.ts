/**
 * Problems found in content, in the vfile-message shape: where, what, how bad.
 * One reporter prints them all; nothing is thrown for a content mistake.
 */
import { relative } from 'node:path';

export type Severity = 'error' | 'warning';

export interface ContentMessage {
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  message: string;
  severity: Severity;
  /** The check that produced it, e.g. `schema`, `reference`, `mdx`, `lint/empty-section`. */
  ruleId: string;
}

export function sortMessages(messages: readonly ContentMessage[]): ContentMessage[] {
  return [...messages].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}

/** `path:line:column  message`, the path relative to `cwd` so that editors can jump to it. */
export function formatMessage(message: ContentMessage, cwd: string): string {
  const prefix = message.severity === 'warning' ? 'varoitus: ' : '';
  return `${relative(cwd, message.file) || message.file}:${message.line}:${message.column}  ${prefix}${message.message}`;
}

export function countBySeverity(messages: readonly ContentMessage[]): Record<Severity, number> {
  return {
    error: messages.filter((message) => message.severity === 'error').length,
    warning: messages.filter((message) => message.severity === 'warning').length,
  };
}
