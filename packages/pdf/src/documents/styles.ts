/**
 * The look of every document: named, stackable styles and named table layouts, in one place.
 * Colours follow the site: a dark blue for structure, a tint for boxes, grey for secondary text.
 */
import type { CustomTableLayout, StyleDictionary } from '../pdfmake-types.ts';

export const colors = {
  ink: '#1b1f24',
  primary: '#1f3a5f',
  accent: '#1d5d8f',
  muted: '#5a6470',
  rule: '#c5ced8',
  tint: '#eef3f8',
  codeTint: '#f3f4f6',
  action: '#fbf6e9',
  actionBar: '#b7861f',
  error: '#b00020',
  late: '#b00020',
  dueSoon: '#a35f00',
  onTime: '#2e6b30',
  done: '#5a6470',
} as const;

export const fontSize = 10;

export const defaultStyle = { font: 'Roboto', fontSize, lineHeight: 1.25, color: colors.ink } as const;

export const styles: StyleDictionary = {
  // Body text from MDX.
  paragraph: { margin: [0, 0, 0, 6] },
  listParagraph: { margin: [0, 0, 0, 2] },
  list: { margin: [0, 0, 0, 6] },
  h1: { fontSize: 15, bold: true, color: colors.primary, margin: [0, 12, 0, 6] },
  h2: { fontSize: 12.5, bold: true, color: colors.primary, margin: [0, 10, 0, 4] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
  h4: { fontSize: 10, bold: true, italics: true, margin: [0, 6, 0, 2] },
  link: { color: colors.accent, decoration: 'underline' },
  code: { font: 'RobotoMono', fontSize: 8.5, background: colors.codeTint },
  codeBlock: { font: 'RobotoMono', fontSize: 8.5, lineHeight: 1.15 },
  block: { margin: [0, 2, 0, 8] },
  quote: { italics: true, color: colors.muted },
  table: { margin: [0, 2, 0, 8], fontSize: 9 },
  tableHeader: { bold: true, color: colors.primary },
  tableCell: {},
  figure: { margin: [0, 4, 0, 8] },
  caption: { fontSize: 8.5, italics: true, color: colors.muted, alignment: 'center', margin: [0, 3, 0, 0] },
  rule: { margin: [0, 6, 0, 10] },
  footnoteReference: { fontSize: 7, color: colors.accent },
  footnotesTitle: { fontSize: 10, bold: true, color: colors.primary, margin: [0, 14, 0, 4] },
  footnotes: { fontSize: 8.5 },
  footnote: { margin: [0, 0, 0, 2] },
  noteTitle: { bold: true, color: colors.primary, margin: [0, 0, 0, 3] },
  actionLabel: {
    fontSize: 7.5,
    bold: true,
    color: colors.actionBar,
    characterSpacing: 0.6,
    margin: [0, 0, 0, 2],
  },
  actionFacts: { fontSize: 8.5, color: colors.muted, margin: [0, 2, 0, 0] },
  unsupported: { color: colors.error, bold: true },
  anchor: { fontSize: 1 },
  // Document furniture.
  runningHeader: { fontSize: 8, color: colors.muted },
  runningFooter: { fontSize: 8, color: colors.muted },
  coverKicker: { fontSize: 10, bold: true, color: colors.accent, characterSpacing: 1, margin: [0, 0, 0, 8] },
  coverTitle: { fontSize: 24, bold: true, color: colors.primary, lineHeight: 1.1, margin: [0, 0, 0, 10] },
  coverSubtitle: { fontSize: 13, color: colors.muted, margin: [0, 0, 0, 24] },
  factLabel: { fontSize: 8.5, color: colors.muted },
  factValue: { fontSize: 10 },
  // Mark a block that `page-breaks.ts` moves whole to the next page rather than break, and its end.
  keepTogether: {},
  keepTogetherEnd: {},
  // A section title begins its page; one that follows text on the page is set off from it.
  sectionTitle: { fontSize: 17, bold: true, color: colors.primary, margin: [0, 0, 0, 10] },
  afterText: { marginTop: 18 },
  subsectionTitle: { fontSize: 12, bold: true, color: colors.primary, margin: [0, 10, 0, 4] },
  small: { fontSize: 8.5 },
  muted: { color: colors.muted },
  tocTitle: { fontSize: 15, bold: true, color: colors.primary, margin: [0, 0, 0, 10] },
  tocLevel1: { fontSize: 10, margin: [0, 3, 0, 0] },
  tocLevel2: { fontSize: 9.5, margin: [12, 1, 0, 0] },
  tocLevel3: { fontSize: 9, margin: [24, 0, 0, 0], color: colors.muted },
  tocLevel4: { fontSize: 9, margin: [36, 0, 0, 0], color: colors.muted },
  tocNumber: { fontSize: 9.5 },
  pageNumber: { alignment: 'right' },
  late: { color: colors.late, bold: true },
  'due-soon': { color: colors.dueSoon, bold: true },
  'on-time': { color: colors.onTime },
  done: { color: colors.done },
};

/**
 * Styles that make a text a heading in the PDF's structure, with its level, for texts that carry
 * no `tag` of their own. Levels are then fitted to the outline (never more than one below the
 * heading before), so `subsectionTitle` right under a document's title becomes `H2`.
 */
export const headingStyles: Readonly<Record<string, number>> = {
  coverTitle: 1,
  sectionTitle: 2,
  tocTitle: 2,
  subsectionTitle: 3,
};

/** Styles of headings that go to the next page rather than end one (`page-breaks.ts`). */
export const keepWithNextStyles: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'sectionTitle',
  'subsectionTitle',
  'tocTitle',
  'footnotesTitle',
]);

const none = () => 0;

/** Named table layouts; registered with pdfmake once, referred to by name from the data. */
export const tableLayouts: Record<string, CustomTableLayout> = {
  grid: {
    hLineWidth: (row, node) => (row === 0 || row === node.table.body.length ? 0.8 : row === 1 ? 0.8 : 0.4),
    vLineWidth: none,
    hLineColor: (row) => (row <= 1 ? colors.primary : colors.rule),
    paddingLeft: (column) => (column === 0 ? 0 : 5),
    paddingRight: () => 5,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
  // The grid with less air, for lists of hundreds of one-line rows (a pack's status overview).
  compact: {
    hLineWidth: (row, node) => (row <= 1 || row === node.table.body.length ? 0.8 : 0.3),
    vLineWidth: none,
    hLineColor: (row) => (row <= 1 ? colors.primary : colors.rule),
    paddingLeft: (column) => (column === 0 ? 0 : 5),
    paddingRight: () => 5,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  },
  quote: {
    hLineWidth: none,
    vLineWidth: (column) => (column === 0 ? 2.5 : 0),
    vLineColor: colors.rule,
    paddingLeft: () => 10,
    paddingRight: none,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
  code: {
    hLineWidth: none,
    vLineWidth: none,
    fillColor: colors.codeTint,
    paddingLeft: () => 8,
    paddingRight: () => 8,
    paddingTop: () => 6,
    paddingBottom: () => 6,
  },
  note: {
    hLineWidth: none,
    vLineWidth: (column) => (column === 0 ? 3 : 0),
    vLineColor: colors.accent,
    fillColor: colors.tint,
    paddingLeft: () => 10,
    paddingRight: () => 10,
    paddingTop: () => 7,
    paddingBottom: () => 4,
  },
  action: {
    hLineWidth: none,
    vLineWidth: (column) => (column === 0 ? 3 : 0),
    vLineColor: colors.actionBar,
    fillColor: colors.action,
    paddingLeft: () => 10,
    paddingRight: () => 10,
    paddingTop: () => 6,
    paddingBottom: () => 6,
  },
  /** Tables of facts and lists without rules, such as a cover's metadata. */
  plain: {
    hLineWidth: none,
    vLineWidth: none,
    paddingLeft: none,
    paddingRight: () => 12,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
};
