/**
 * The default report: one `path:line:column  message` line per problem, paths relative to the
 * directory the user is in so that terminals and editors can jump to them.
 */
import { type ContentMessage, formatMessage } from '@valmistelu/content';

export function textReport(messages: readonly ContentMessage[], cwd: string): string {
  return messages.map((message) => `${formatMessage(message, cwd)}\n`).join('');
}
