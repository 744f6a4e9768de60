/**
 * Parses a fixture as the content loader does. Inputs the content guard refuses are parsed again
 * without it, so that the PDF transformer's own handling of those constructs is tested too.
 */
import { parseMdx } from '@valmistelu/markdown/parse';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const unguardedMdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseFixture(source: string, format: 'mdx' | 'md'): Root {
  if (format === 'md') return markdown.parse(source);
  return parseMdx(source).tree ?? unguardedMdx.parse(source);
}
