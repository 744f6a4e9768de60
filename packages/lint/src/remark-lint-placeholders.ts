/**
 * The guidance a scaffold writes (`Ohje: …` paragraphs of `valmistelu new` and of a new report
 * or news item in the editor) is for the writer, not for the public: a paragraph that still starts
 * with it is reported where it stands, and the build refuses to publish it.
 *
 * @example
 *   unified().use(remarkLintPlaceholders, ['error'])
 */
import { promptPrefix } from '@valmistelu/domain/report-scaffold';
import type { Paragraph, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';

/** The message for guidance left in place, shared with the check of frontmatter and YAML. */
export function placeholderMessage(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `ohjeteksti on yhä paikallaan: kirjoita oma tekstisi sen tilalle ("${shown}")`;
}

export function isPlaceholder(text: string): boolean {
  return text.trimStart().startsWith(promptPrefix);
}

const remarkLintPlaceholders = lintRule<Root>({ origin: 'valmistelu-lint:placeholder' }, (tree, file) => {
  visit(tree, 'paragraph', (node: Paragraph) => {
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (!isPlaceholder(text)) return;
    file.message(placeholderMessage(text), { place: node.position });
  });
});

export default remarkLintPlaceholders;
