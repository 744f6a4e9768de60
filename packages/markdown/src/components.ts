/**
 * The MDX components content may use, with the attributes each accepts. Content MDX is data, not
 * code: attributes must be literal strings, and anything not listed here is refused.
 * The site and the PDF generator each render every component listed.
 */
import { dayProblem } from '@valmistelu/domain/dates';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
export interface AttributeSpec {
  required: boolean;
  pattern?: RegExp;
  /** What a valid value looks like, in Finnish, shown when `pattern` does not match. */
  hint?: string;
  values?: readonly string[];
  /**
   * Why a value is not valid, in Finnish, or undefined when it is; for values a pattern cannot
   * judge, such as a day that is not in the calendar.
   */
  problem?: (value: string) => string | undefined;
}

export interface ComponentSpec {
  /** What it is for, in Finnish, for error messages and the README. */
  description: string;
  attributes: Record<string, AttributeSpec>;
  /** Whether it wraps content (`<Note>…</Note>`) or stands alone (`<GroupRef id="x" />`). */
  hasChildren: boolean;
}

const id = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const contentComponents = {
  Note: {
    description: 'huomiolaatikko',
    attributes: { title: { required: false } },
    hasChildren: true,
  },
  Action: {
    description: 'toimenpide, jolla on vastuuhenkilö ja tavoitepäivä',
    attributes: {
      owner: { required: false, pattern: id, hint: 'henkilön tunniste, esim. terttu-nordman' },
      // The domain's own day check: the same calendar as every date in the YAML.
      due: { required: false, problem: dayProblem },
      state: { required: false, values: ['planned', 'in-progress', 'done'] },
    },
    hasChildren: true,
  },
  GroupRef: {
    description: 'linkki valmisteluryhmään',
    attributes: { id: { required: true, pattern: id, hint: 'ryhmän tunniste, esim. lape' } },
    hasChildren: false,
  },
  ReportRef: {
    description: 'linkki raporttiin',
    attributes: {
      id: { required: true, pattern: id, hint: 'raportin tunniste eli tiedostonimi ilman .mdx-päätettä' },
    },
    hasChildren: false,
  },
} as const satisfies Record<string, ComponentSpec>;

export type ContentComponentName = keyof typeof contentComponents;

/** A content component as it stands in the syntax tree. */
export type ComponentElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The literal string value of a component's attribute; the content guard has refused the rest. */
export function componentAttribute(node: ComponentElement, name: string): string | undefined {
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

export function isContentComponent(name: string | null | undefined): name is ContentComponentName {
  return name != null && Object.hasOwn(contentComponents, name);
}
