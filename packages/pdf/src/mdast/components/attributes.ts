/** Literal string attributes of a content component; the content guard has refused the rest. */
import type { ComponentElement } from '@valmistelu/markdown/components';

export type { ComponentElement } from '@valmistelu/markdown/components';
export { componentAttribute as stringAttribute } from '@valmistelu/markdown/components';

/** Names of attributes whose value is not a literal string: they would be code. */
export function nonLiteralAttributes(node: ComponentElement): string[] {
  return node.attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return ['{…}'];
    return typeof attribute.value === 'string' ? [] : [attribute.name];
  });
}
