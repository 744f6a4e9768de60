/**
 * The scaffolds' guidance (`Ohje: …`) left in any file of the content: in an MDX body (the remark
 * rule `remark-lint-placeholders.ts`) or in a YAML value such as a news item's summary. An error,
 * as the build must not publish it; a warning in an item marked `draft: true`, which is not
 * published, so that `valmistelu new report` (which marks its report so) passes check at once. A
 * report in state `draft` alone is published, its state shown, so its guidance is an error.
 */
import type { ContentMessage, ItemSource, LoadedContent } from '@valmistelu/content';
import type { CollectionName } from '@valmistelu/domain/schema';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkLintPlaceholders, { isPlaceholder, placeholderMessage } from './remark-lint-placeholders.ts';

const ruleId = 'lint/placeholder';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

function isUnpublished(item: unknown): boolean {
  return (item as { draft?: unknown } | undefined)?.draft === true;
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}

/** The text a body's tree positions count in: its lines after the frontmatter's. */
function bodyText(tree: Root, body: string): string {
  const before = (tree.position?.end.offset ?? body.length) - body.length;
  return '\n'.repeat(Math.max(0, before)) + body;
}

/**
 * A document's placeholder strings, once per document: a list file's items share one, and
 * filtering all its strings for each item made a warm check quadratic in the list's length.
 */
type YamlStrings = ItemSource['yaml']['strings'];
const placeholdersByDocument = new WeakMap<object, YamlStrings>();

function placeholderStrings(yaml: ItemSource['yaml']): YamlStrings {
  let found = placeholdersByDocument.get(yaml);
  if (!found) {
    found = yaml.strings.filter((string) => isPlaceholder(string.value));
    placeholdersByDocument.set(yaml, found);
  }
  return found;
}

function sourceMessages(source: ItemSource, body: string | undefined): ContentMessage[] {
  const severity = isUnpublished(valueAt(source.yaml.data, source.basePath)) ? 'warning' : 'error';
  const messages: ContentMessage[] = placeholderStrings(source.yaml)
    .filter((string) => startsWith(string.path, source.basePath))
    .map((string) => ({
      file: source.file,
      ...string.position,
      message: placeholderMessage(string.value.replace(/\s+/g, ' ').trim()),
      severity,
      ruleId,
    }));
  if (source.tree && body !== undefined) {
    const file = new VFile({ path: source.file, value: bodyText(source.tree, body) });
    unified()
      .use(remarkLintPlaceholders, [severity === 'error' ? 'error' : 'warn'])
      // The tree itself, not a copy: no rule changes it (the fixtures test lints frozen trees).
      .runSync(source.tree, file);
    for (const message of file.messages) {
      messages.push({
        file: source.file,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: message.reason,
        severity,
        ruleId,
      });
    }
  }
  return messages;
}

export function placeholderMessages(loaded: LoadedContent): ContentMessage[] {
  const { content, sources } = loaded;
  return (Object.entries(sources) as [CollectionName, ItemSource[]][]).flatMap(([name, items]) =>
    items.flatMap((source, index) => {
      const item = (content[name] as readonly unknown[])[index] as { body?: unknown } | undefined;
      return sourceMessages(source, typeof item?.body === 'string' ? item.body : undefined);
    }),
  );
}
