/**
 * Links and reference links. Relative addresses resolve against the body's page on the site, so
 * a PDF read offline still points at the published page.
 */
import type { Link, LinkReference } from 'mdast';
import type { RenderContext } from './context.ts';
import { type InlineRun, withStyle } from './inline-run.ts';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/** The absolute address of `href`, or undefined when it is not one a reader may follow. */
export function resolveHref(href: string, pageUrl: string): string | undefined {
  try {
    const url = new URL(href, pageUrl);
    return allowedProtocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function linked(runs: InlineRun[], href: string | undefined): InlineRun[] {
  return href === undefined ? runs : withStyle(runs, 'link').map((run) => ({ ...run, link: href }));
}

export function renderLink(node: Link, context: RenderContext): InlineRun[] {
  const href = resolveHref(node.url, context.options.pageUrl);
  if (href === undefined) {
    return [
      ...context.inlines(node.children),
      context.fail(node, `linkin osoite "${node.url}" ei ole http-, https- tai mailto-osoite`),
    ];
  }
  return linked(context.inlines(node.children), href);
}

export function renderLinkReference(node: LinkReference, context: RenderContext): InlineRun[] {
  const definition = context.definition(node.identifier);
  if (!definition)
    return [
      ...context.inlines(node.children),
      context.fail(node, `linkin viitettä [${node.label ?? node.identifier}] ei ole määritelty`),
    ];
  const href = resolveHref(definition.url, context.options.pageUrl);
  if (href === undefined) {
    return [
      ...context.inlines(node.children),
      context.fail(node, `linkin osoite "${definition.url}" ei ole http-, https- tai mailto-osoite`),
    ];
  }
  return linked(context.inlines(node.children), href);
}
