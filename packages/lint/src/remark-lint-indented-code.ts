/**
 * In Markdown, a block indented by four spaces or a tab is code, shown as written. MDX has no
 * indented code: it silently reads such a block as ordinary text, a heading or a list. Warn, so
 * that the preparer removes the indent or puts the code between ``` lines.
 *
 * Only blocks at the top of the document are looked at: inside a list, indented lines are the
 * list item's own continuation, and fenced code keeps its indentation as written.
 *
 * @example
 *   unified().use(remarkLintIndentedCode, context)
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { ReportLintContext } from './report-context.ts';

/** How MDX reads each kind of block, in the Finnish essive case. */
const readAs: Partial<Record<RootContent['type'], string>> = {
  paragraph: 'tavallisena tekstinä',
  heading: 'otsikkona',
  list: 'listana',
  blockquote: 'lainauksena',
  table: 'taulukkona',
  thematicBreak: 'vaakaviivana',
};

/** Columns of leading whitespace, with tabs to the next multiple of four as in CommonMark. */
function indentWidth(whitespace: string): number {
  let width = 0;
  for (const char of whitespace) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

export default function remarkLintIndentedCode(_context: ReportLintContext) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '');
    for (const node of tree.children) {
      const kind = readAs[node.type];
      const start = node.position?.start;
      if (!kind || start?.offset === undefined) continue;
      const indent = source.slice(start.offset - (start.column - 1), start.offset);
      if (!/^[ \t]*$/.test(indent) || indentWidth(indent) < 4) continue;
      file.message(
        `rivi on sisennetty vähintään neljällä välilyönnillä tai sarkaimella: Markdownissa se olisi koodilohko, mutta MDX lukee sen ${kind}. Poista sisennys, tai kirjoita koodi \`\`\`-rivien väliin`,
        { place: { line: start.line, column: 1 }, ruleId: 'indented-code', source: 'valmistelu-lint' },
      );
    }
  };
}
