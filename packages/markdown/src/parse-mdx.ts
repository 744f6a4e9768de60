/**
 * Parses MDX into an mdast syntax tree without compiling it to JavaScript: content MDX may not
 * run code, so the tree is data that both the site and the PDF generator render.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { findDangerousTags, guardContent } from './guard-content.ts';
import { translateMdxError } from './mdx-error-messages.ts';
import { excessiveNestingLine, maxNesting } from './nesting-limit.ts';

export interface MarkdownMessage {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  ruleId: string;
}

export interface ParsedMdx {
  tree: Root | undefined;
  messages: MarkdownMessage[];
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * @param lineOffset lines before the body in its file; positions in the tree and messages are
 * those of the file, so that every later check can point at the right line.
 */
export function parseMdx(source: string, lineOffset = 0): ParsedMdx {
  const deepLine = excessiveNestingLine(source);
  if (deepLine !== undefined) {
    return {
      tree: undefined,
      messages: [
        {
          line: deepLine + lineOffset,
          column: 1,
          message: `sisältö on sisäkkäistetty liian syvälle (yli ${maxNesting} tasoa lainauksia, listoja tai tageja)`,
          severity: 'error',
          ruleId: 'mdx/nesting',
        },
      ],
    };
  }
  try {
    // Blank lines in place of the frontmatter keep every position equal to the file's.
    const tree = processor.parse('\n'.repeat(lineOffset) + source);
    const messages = guardContent(tree);
    // A refused tree is never rendered: every consumer gets either safe data or messages.
    return messages.length ? { tree: undefined, messages } : { tree, messages };
  } catch (problem) {
    if (!(problem instanceof VFileMessage)) {
      // The parser's own limits (e.g. recursion on pathological input): still the content's fault.
      const reason = problem instanceof Error ? problem.message : String(problem);
      return {
        tree: undefined,
        messages: [
          {
            line: 1 + lineOffset,
            column: 1,
            message: `sisältöä ei voi jäsentää: ${reason}`,
            severity: 'error',
            ruleId: 'mdx/syntax',
          },
        ],
      };
    }
    const translated = translateMdxError(problem.reason);
    return {
      tree: undefined,
      messages: [
        ...findDangerousTags(source, lineOffset),
        {
          line: translated.line ?? problem.line ?? 1 + lineOffset,
          column: translated.column ?? problem.column ?? 1,
          message: translated.message,
          severity: 'error',
          ruleId: 'mdx/syntax',
        },
      ],
    };
  }
}
