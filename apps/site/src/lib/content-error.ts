/**
 * A build stopped by mistakes in the content, with messages located like `valmistelu check`'s.
 * The loader throws it inside Astro, which runs the loader in its own module graph and may wrap
 * what it throws; `contentErrorOf` finds it again by its shape, so callers can rely on
 * `instanceof ContentError`.
 */
import { type ContentMessage, formatMessage } from '@valmistelu/content';

export class ContentError extends Error {
  readonly messages: ContentMessage[];
  constructor(messages: ContentMessage[]) {
    super(
      `Sisällössä on virheitä:\n${messages.map((message) => formatMessage(message, process.cwd())).join('\n')}`,
    );
    this.name = 'ContentError';
    this.messages = messages;
  }
}

function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { file, line, column, message } = value as Record<string, unknown>;
  return (
    typeof file === 'string' &&
    typeof line === 'number' &&
    typeof column === 'number' &&
    typeof message === 'string'
  );
}

/** The `ContentError` in `problem` or in its chain of causes, as this module's class. */
export function contentErrorOf(problem: unknown): ContentError | undefined {
  for (let current = problem, depth = 0; current instanceof Error && depth < 10; depth++) {
    if (current instanceof ContentError) return current;
    const { messages } = current as { messages?: unknown };
    if (current.name === 'ContentError' && Array.isArray(messages) && messages.every(isContentMessage)) {
      return new ContentError(messages);
    }
    current = current.cause;
  }
  return undefined;
}
