/**
 * Warnings for `check`: text that would go into a PDF with characters its fonts cannot draw.
 * Reads every string of the files PDFs are made from (people, bodies, lines, groups, timelines,
 * meetings and reports) and the reports' bodies; news and channels appear on the site only, where
 * the reader's own fonts draw them. Fonts are parsed once per process and only their character
 * maps are read, so this costs a few milliseconds.
 *
 * @example
 *   const warnings = undrawableCharacterMessages(await loadContent('content'));
 */
import type { LoadedContent } from '@valmistelu/content';
import type { CollectionName } from '@valmistelu/domain/schema';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { embeddedFonts } from './fonts.ts';
import type { PdfMessage } from './messages.ts';
import { findUndrawableCharacters, type UndrawableCharacter } from './undrawable-characters.ts';

export { embeddedFonts, type FontFamily } from './fonts.ts';
export {
  findUndrawableCharacters,
  type GlyphCoverage,
  type UndrawableCharacter,
} from './undrawable-characters.ts';

import { countOf } from '@valmistelu/domain/finnish-count';

const pdfCollections = [
  'people',
  'bodies',
  'lines',
  'groups',
  'timelines',
  'meetings',
  'reports',
] as const satisfies readonly CollectionName[];

/** Characters listed in one message; the rest are counted. */
const listed = 5;

function describe(found: readonly UndrawableCharacter[]): string {
  const distinct = [...new Map(found.map((item) => [item.character, item])).values()];
  const names = distinct.slice(0, listed).map((item) => `"${item.character}" (${item.codePoint})`);
  const more = distinct.length > listed ? ` ja ${countOf(distinct.length - listed, 'muu', 'muuta')}` : '';
  return distinct.length === 1
    ? `merkki ${names[0]} puuttuu PDF:n fonteista eikä näy PDF:ssä`
    : `merkit ${names.join(', ')}${more} puuttuvat PDF:n fonteista eivätkä näy PDF:ssä`;
}

function warning(file: string, line: number, column: number, message: string): PdfMessage {
  return { file, line, column, message, severity: 'warning', ruleId: 'pdf/undrawable-character' };
}

/** Spans of the body, as UTF-16 indexes, that are set in the code font. */
function codeSpans(tree: Root, lineOffset: number): [number, number][] {
  const spans: [number, number][] = [];
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      const { start, end } = node.position;
      if (start.offset !== undefined && end.offset !== undefined)
        spans.push([start.offset - lineOffset, end.offset - lineOffset]);
    }
  });
  return spans;
}

/** The body's characters Roboto lacks outside code and Roboto Mono lacks inside it, by line. */
function bodyMessages(file: string, body: string, tree: Root | undefined): PdfMessage[] {
  // The tree was parsed with a blank line in place of each line before the body, so its end
  // offset is the body's length plus those lines.
  const lineOffset = Math.max(0, (tree?.position?.end.offset ?? body.length) - body.length);
  const spans = tree ? codeSpans(tree, lineOffset) : [];
  const inCode = (index: number) => spans.some(([start, end]) => index >= start && index < end);
  const found = findUndrawableCharacters(body, embeddedFonts('Roboto')).filter((item) => !inCode(item.index));
  for (const [start, end] of spans) {
    const before = body.slice(0, start);
    const firstLine = before.split('\n').length;
    const firstColumn = start - before.lastIndexOf('\n');
    for (const item of findUndrawableCharacters(body.slice(start, end), embeddedFonts('RobotoMono'))) {
      found.push({
        ...item,
        index: start + item.index,
        line: firstLine + item.line - 1,
        column: item.line === 1 ? firstColumn + item.column - 1 : item.column,
      });
    }
  }
  const byLine = Map.groupBy(
    found.sort((a, b) => a.index - b.index),
    (item) => item.line,
  );
  return [...byLine.values()].map((items) => {
    const [first] = items as [UndrawableCharacter];
    return warning(file, first.line + lineOffset, first.column, describe(items));
  });
}

export function undrawableCharacterMessages(
  loaded: Pick<LoadedContent, 'content' | 'sources'>,
): PdfMessage[] {
  const messages: PdfMessage[] = [];
  const roboto = embeddedFonts('Roboto');
  // A list file is one YAML document shared by all its items: read its strings once.
  const seen = new Set<object>();
  for (const collection of pdfCollections) {
    for (const source of loaded.sources[collection]) {
      if (seen.has(source.yaml)) continue;
      seen.add(source.yaml);
      for (const string of source.yaml.strings) {
        const found = findUndrawableCharacters(string.value, roboto);
        if (found.length === 0) continue;
        // Named as the content loader names fields: the keys, without list positions.
        const field = string.path.filter((part) => typeof part === 'string').join('.') || 'arvo';
        const { line, column } = string.position;
        messages.push(warning(source.file, line, column, `kenttä "${field}": ${describe(found)}`));
      }
    }
  }
  loaded.content.reports.forEach((report, index) => {
    const source = loaded.sources.reports[index];
    if (source) messages.push(...bodyMessages(source.file, report.body, source.tree));
  });
  return messages;
}
