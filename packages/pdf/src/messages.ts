/** Problems found while building PDFs, in the content loader's shape so one reporter prints all. */
import type { ContentMessage } from '@valmistelu/content/messages';
import type { LocatedMessage } from './mdast/context.ts';

export type PdfMessage = ContentMessage;

export function locate(file: string, messages: readonly LocatedMessage[]): PdfMessage[] {
  return messages.map((message) => ({ file, ...message, severity: 'error', ruleId: 'pdf/unrenderable' }));
}
