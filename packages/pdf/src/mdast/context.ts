/**
 * What every construct's renderer receives: the options of the body being rendered, a way to
 * render child nodes, and a place to report what cannot be rendered.
 */
import type { Language } from '@valmistelu/domain/schema';
import type { Heading, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { StructureTag } from '../internals/tagging/node-roles.ts';
import type { PdfContent } from '../pdfmake-types.ts';
import type { InlineRun } from './inline-run.ts';

/** A problem at a position of the MDX file; the caller adds the file name. */
export interface LocatedMessage {
  line: number;
  column: number;
  message: string;
}

/** Names and site addresses of the items an MDX body may refer to. */
export interface ContentLookup {
  personName(id: string): string | undefined;
  group(id: string): { name: string; url: string } | undefined;
  report(id: string): { title: string; url: string } | undefined;
}

export type ImageResolution = { ok: true; key: string } | { ok: false; message: string };

export interface BodyOptions {
  /** Absolute address of the body's page on the site; relative links resolve against it. */
  pageUrl: string;
  /** Prefix of every anchor id, so that several bodies can share one PDF. */
  idPrefix: string;
  /** Width available to content, in points, for images and rules. */
  contentWidth: number;
  /**
   * Structure level (H1–H6) of the body's top-level headings in the tagged PDF; deeper headings
   * follow. Default 2: a body under its document's title, so `##` in the MDX is `H2`.
   */
  headingLevel?: number;
  /** Heading levels (1: the body's top level only) listed in the table of contents; 0 for none. */
  tocDepth: number;
  /** Heading levels given PDF bookmarks; at least `tocDepth`, so the bookmarks mirror the contents. */
  outlineDepth?: number;
  /** The table of contents the headings join; pdfmake's default one when absent. */
  tocId?: string;
  /** The bookmark the body's top-level headings nest under. */
  outlineParentId?: string;
  lookup: ContentLookup;
  /** The language of the fixed texts the building blocks add (`documentWords`); Finnish by default. */
  language?: Language;
  /** Images are checked and loaded before rendering (`load-images.ts`); this names the result. */
  resolveImage(url: string): ImageResolution;
}

export interface RenderContext {
  options: BodyOptions;
  /** Depth of the body's shallowest heading, which counts as level 1. */
  topDepth: number;
  blocks(nodes: readonly RootContent[]): PdfContent[];
  inlines(nodes: readonly PhrasingContent[]): InlineRun[];
  /** A component's children as blocks, whether it was written on its own lines or in a sentence. */
  blockChildren(node: MdxJsxFlowElement | MdxJsxTextElement): PdfContent[];
  /** A component's children as text runs, for a component inside a sentence. */
  phrasingChildren(node: MdxJsxFlowElement | MdxJsxTextElement): InlineRun[];
  /** Records a located error and returns the visible placeholder that replaces the node. */
  fail(node: Nodes, message: string): InlineRun;
  /** Footnote number of a definition's identifier, numbered in order of first reference. */
  footnoteNumber(identifier: string): number;
  footnoteAnchor(identifier: string): string;
  /** Link target of a `[text][label]` reference definition. */
  definition(identifier: string): { url: string; title?: string | null | undefined } | undefined;
  /** A unique anchor id for generated elements such as footnotes. */
  nextId(kind: string): string;
  /** The structure tag of a heading `level` levels into the body (1: its top level). */
  headingTag(level: number): StructureTag;
  /** The anchor id of a heading: the prefix plus the slug the site uses for it. */
  headingId(node: Heading): string;
  /** Ids of the open bookmark at each level, so that deeper headings nest under it. */
  outlineStack: string[];
}
