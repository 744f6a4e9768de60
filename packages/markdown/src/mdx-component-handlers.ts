/**
 * HTML for the content components of `components.ts`. Content MDX is data: a component becomes
 * plain elements here, attributes are read only as literal strings, and nothing is executed.
 */
import type { Element, ElementContent } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Handler, State } from 'mdast-util-to-hast';
import { componentAttribute, isContentComponent } from './components.ts';
import type { HtmlWords } from './html-words.ts';

/** What the renderer needs to know about the model, so that this package stays free of it. */
export interface RenderContext {
  /**
   * Address and visible text of a referenced group or report, and the text's language where it
   * is not the body's (a translation naming an untranslated group); undefined when it does not exist.
   */
  link(kind: 'group' | 'report', id: string): { href: string; text: string; lang?: string } | undefined;
  /** Display name of a person, for an action's owner. */
  personName(id: string): string | undefined;
}

/** What the handlers write themselves: the context and the words of the body's language. */
interface HandlerContext extends RenderContext {
  words: HtmlWords;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function element(tagName: string, className: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: { className: [className] }, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function renderNote(state: State, node: JsxElement, block: boolean): Element {
  const title = componentAttribute(node, 'title');
  const tag = block ? 'div' : 'span';
  const children = state.all(node);
  const heading = title ? [element(block ? 'p' : 'strong', 'note-title', [text(title)])] : [];
  const note = element(tag, 'note', [...heading, ...children]);
  note.properties.role = 'note';
  return note;
}

function renderAction(state: State, node: JsxElement, block: boolean, context: HandlerContext): Element {
  const owner = componentAttribute(node, 'owner');
  const due = componentAttribute(node, 'due');
  const stateName = componentAttribute(node, 'state');
  const { action: labels, actionStates, date } = context.words;
  const facts: string[] = [];
  if (owner) facts.push(`${labels.owner}: ${context.personName(owner) ?? owner}`);
  if (due) facts.push(`${labels.due}: ${date(due)}`);
  if (stateName && Object.hasOwn(actionStates, stateName)) {
    facts.push(`${labels.state}: ${actionStates[stateName as keyof typeof actionStates]}`);
  }
  const tag = block ? 'div' : 'span';
  const meta = facts.length ? [element(block ? 'p' : 'span', 'action-meta', [text(facts.join(' · '))])] : [];
  const action = element(tag, 'action', [...state.all(node), ...meta]);
  if (stateName) action.properties.dataState = stateName;
  return action;
}

function renderRef(node: JsxElement, kind: 'group' | 'report', context: RenderContext): ElementContent {
  const id = componentAttribute(node, 'id') ?? '';
  const target = context.link(kind, id);
  if (!target) return element('span', 'missing-ref', [text(id)]);
  const properties = target.lang ? { href: target.href, lang: target.lang } : { href: target.href };
  return { type: 'element', tagName: 'a', properties, children: [text(target.text)] };
}

function componentHandler(context: HandlerContext, block: boolean): Handler {
  return (state: State, node: JsxElement) => {
    // Unknown elements are refused by the content guard; if one slips through, it renders as nothing.
    if (!isContentComponent(node.name)) return undefined;
    switch (node.name) {
      case 'Note':
        return renderNote(state, node, block);
      case 'Action':
        return renderAction(state, node, block, context);
      case 'GroupRef':
        return renderRef(node, 'group', context);
      case 'ReportRef':
        return renderRef(node, 'report', context);
    }
  };
}

export function mdxComponentHandlers(context: HandlerContext): Record<string, Handler> {
  const nothing: Handler = () => undefined;
  return {
    mdxJsxFlowElement: componentHandler(context, true),
    mdxJsxTextElement: componentHandler(context, false),
    // Expressions and ESM are code; content may not run code, so they never reach the page.
    mdxFlowExpression: nothing,
    mdxTextExpression: nothing,
    mdxjsEsm: nothing,
  };
}
