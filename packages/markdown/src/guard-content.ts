/**
 * The content guard: MDX written by preparers may use Markdown, GFM and the project's components
 * with literal attributes, nothing that runs code. Everything else is refused with its position,
 * in the site and the PDF pipelines alike (both call this on the same tree).
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { type AttributeSpec, contentComponents, isContentComponent } from './components.ts';
import type { MarkdownMessage } from './parse-mdx.ts';

/** Tags with a special warning: they would run code or pull in other pages. */
const dangerousTags = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
]);
const unsafeUrl = /^\s*(?:javascript|vbscript|data):/i;

export function guardContent(tree: Root): MarkdownMessage[] {
  const messages: MarkdownMessage[] = [];
  const refuse = (
    node: Nodes | MdxJsxAttribute | MdxJsxExpressionAttribute,
    message: string,
    ruleId: string,
  ) => {
    const start = node.position?.start;
    messages.push({ line: start?.line ?? 1, column: start?.column ?? 1, message, severity: 'error', ruleId });
  };

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(
          node,
          'import- ja export-lauseita ei sallita sisällössä: sisältö ei voi tuoda koodia',
          'guard/esm',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuse(
          node,
          'aaltosulkeita {…} ei sallita: ne ajaisivat koodia. Kirjoita \\{ jos tarkoitit merkkiä',
          'guard/expression',
        );
        return;
      case 'html':
        refuse(node, 'raakaa HTML:ää ei sallita: käytä Markdownia tai projektin komponentteja', 'guard/html');
        return;
      case 'link':
      case 'image':
      case 'definition':
        if (unsafeUrl.test(node.url))
          refuse(
            node,
            `osoite "${node.url.slice(0, 40)}" ei ole sallittu: käytä http- tai https-osoitetta`,
            'guard/url',
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!name) {
          refuse(node, 'tyhjiä tageja <>…</> ei sallita', 'guard/component');
          return;
        }
        if (dangerousTags.has(name.toLowerCase())) {
          refuse(node, `<${name}>-tagia ei sallita: se voisi ajaa koodia lukijan selaimessa`, 'guard/html');
          return;
        }
        if (!isContentComponent(name)) {
          const known = Object.keys(contentComponents).join(', ');
          refuse(node, `tuntematon komponentti <${name}>: sallitut ovat ${known}`, 'guard/component');
          return;
        }
        const spec = contentComponents[name];
        const attributes: Record<string, AttributeSpec> = spec.attributes;
        const seen = new Set<string>();
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            refuse(attribute, `<${name}>: aaltosulkeita {…} ei sallita määritteissä`, 'guard/expression');
            continue;
          }
          seen.add(attribute.name);
          if (/^on/i.test(attribute.name)) {
            refuse(
              attribute,
              `<${name}>: tapahtumamääritteitä (${attribute.name}) ei sallita`,
              'guard/event',
            );
            continue;
          }
          const rule = attributes[attribute.name];
          if (!rule) {
            const allowed = Object.keys(attributes).join(', ') || 'ei määritteitä';
            refuse(
              attribute,
              `<${name}>: tuntematon määrite "${attribute.name}" (sallitut: ${allowed})`,
              'guard/attribute',
            );
            continue;
          }
          if (typeof attribute.value !== 'string') {
            const problem =
              attribute.value === null || attribute.value === undefined
                ? `määritteelle "${attribute.name}" pitää antaa arvo lainausmerkeissä`
                : `määritteen "${attribute.name}" arvon pitää olla tekstiä lainausmerkeissä, ei {…}`;
            refuse(
              attribute,
              `<${name}>: ${problem}`,
              attribute.value ? 'guard/expression' : 'guard/attribute',
            );
            continue;
          }
          if (unsafeUrl.test(attribute.value)) {
            refuse(attribute, `<${name}>: määritteen "${attribute.name}" arvo ei ole sallittu`, 'guard/url');
          } else if (rule.values && !rule.values.includes(attribute.value)) {
            refuse(
              attribute,
              `<${name}>: ${attribute.name}="${attribute.value}" ei käy; sallitut: ${rule.values.join(', ')}`,
              'guard/attribute',
            );
          } else if (rule.pattern && !rule.pattern.test(attribute.value)) {
            const expected = rule.hint ? `: pitää olla ${rule.hint}` : ' on väärää muotoa';
            refuse(
              attribute,
              `<${name}>: ${attribute.name}="${attribute.value}"${expected}`,
              'guard/attribute',
            );
          } else {
            const problem = rule.problem?.(attribute.value);
            if (problem) {
              refuse(
                attribute,
                `<${name}>: ${attribute.name}="${attribute.value}": ${problem}`,
                'guard/attribute',
              );
            }
          }
        }
        for (const [attributeName, rule] of Object.entries(attributes)) {
          if (rule.required && !seen.has(attributeName)) {
            refuse(node, `<${name}>: määrite "${attributeName}" puuttuu`, 'guard/attribute');
          }
        }
        if (!spec.hasChildren && node.children.length > 0) {
          refuse(node, `<${name}> ei voi sisältää tekstiä: kirjoita <${name} … />`, 'guard/component');
        }
        return;
      }
      default:
        return;
    }
  });
  return messages;
}

const rawDangerousTag = /<(script|style|iframe|object|embed)\b/gi;

/**
 * Raw `<script>` or `<style>` usually breaks MDX parsing before the guard sees a tree; find them in
 * the source so that the preparer hears about the tag, not only about a brace inside it.
 */
export function findDangerousTags(source: string, lineOffset = 0): MarkdownMessage[] {
  const messages: MarkdownMessage[] = [];
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(rawDangerousTag)) {
      messages.push({
        line: index + 1 + lineOffset,
        column: (match.index ?? 0) + 1,
        message: `<${match[1]}>-tagia ei sallita: se voisi ajaa koodia lukijan selaimessa`,
        severity: 'error',
        ruleId: 'guard/html',
      });
    }
  });
  return messages;
}
