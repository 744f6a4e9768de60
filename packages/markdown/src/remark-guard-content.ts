/**
 * remark plugin form of the content guard, for Astro's MDX pipeline: refuses what content may not
 * contain by failing the file with the first located problem.
 *
 * @example
 *   mdx({ remarkPlugins: [remarkGuardContent] })
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { guardContent } from './guard-content.ts';

export default function remarkGuardContent() {
  return (tree: Root, file: VFile): undefined => {
    for (const message of guardContent(tree)) {
      file.fail(message.message, {
        place: { line: message.line, column: message.column },
        ruleId: message.ruleId,
        source: 'valmistelu',
      });
    }
  };
}
