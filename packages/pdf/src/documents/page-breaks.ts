/**
 * Where a document's pages break besides where pdfmake fills them: a heading is not left at the
 * foot of a page, and a block marked `keepTogether` that would run over a page break starts the
 * next page instead. pdfmake has neither rule, but it asks a document's `pageBreakBefore` about
 * every node once laid out and lays the document out again when the answer moves one; a break
 * before a node is always safe, where a block pdfmake keeps `unbreakable` loses whatever does not
 * fit one page.
 */
import { type EarlyPageBreak, earlyPageBreak } from '../internals/early-page-breaks.ts';
import type { TDocumentDefinitions } from '../pdfmake-types.ts';
import { keepWithNextStyles } from './styles.ts';

type PageBreakBefore = NonNullable<TDocumentDefinitions['pageBreakBefore']>;

/**
 * Share of the text area below which a heading does not start: a section's title needs room for
 * its lead and the start of what it holds (a table's header and first rows), a lesser heading
 * about six lines of text.
 */
const headingFloors: Readonly<Record<string, number>> = { sectionTitle: 0.75 };
const headingFloor = 0.88;

type Node = Parameters<PageBreakBefore>[0];

const stylesOf = (node: Node): string[] =>
  [node.style ?? []].flat().filter((style): style is string => typeof style === 'string');
const isBlockEnd = (node: Node) => stylesOf(node).includes('keepTogetherEnd');

/** Whether a node of these styles starting at `verticalRatio` of the text area moves to the next page. */
function headingMoves(styles: readonly string[], verticalRatio: number): boolean {
  const headings = styles.filter((style) => keepWithNextStyles.has(style));
  if (headings.length === 0) return false;
  const floor = Math.min(...headings.map((style) => headingFloors[style] ?? headingFloor));
  return verticalRatio > floor;
}

const pageBreakRules: PageBreakBefore = (node, pages) => {
  const styles = stylesOf(node);
  // The block's end is a marker of its own: a table's row that pdfmake moves to the next page
  // whole is missing from the positions the block reports.
  if (styles.includes('keepTogether'))
    return !pages.getFollowingNodesOnPage().some(isBlockEnd) && pages.getNodesOnNextPage().some(isBlockEnd);
  // A position is read only for a heading: the PDF cache's key probes this with page numbers.
  return (
    styles.some((style) => keepWithNextStyles.has(style)) &&
    headingMoves(styles, node.startPosition.verticalRatio)
  );
};

/**
 * The heading rule is applied as pdfmake places each heading (`internals/early-page-breaks.ts`),
 * which spares a layout of the whole document per moved heading; what it cannot tell there is
 * asked here after the layout, as pdfmake does.
 */
export const pageBreakBefore: PageBreakBefore = Object.assign(pageBreakRules, {
  [earlyPageBreak]: ((node, verticalRatio) =>
    headingMoves(stylesOf(node as Node), verticalRatio)) satisfies EarlyPageBreak,
});
