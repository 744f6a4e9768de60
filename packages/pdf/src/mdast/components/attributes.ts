/** Literal string attributes of a content component; the content guard has refused the rest. */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

export type ComponentElement = MdxJsxFlowElement | MdxJsxTextElement;

export function stringAttribute(node: ComponentElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name === name &&
      typeof attribute.value === 'string'
    ) {
      return attribute.value;
    }
  }
  return undefined;
}

/** Names of attributes whose value is not a literal string: they would be code. */
export function nonLiteralAttributes(node: ComponentElement): string[] {
  return node.attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return ['{…}'];
    return typeof attribute.value === 'string' ? [] : [attribute.name];
  });
}
