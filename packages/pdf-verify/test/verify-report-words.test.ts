/** The `pdf --verify` report counts in Finnish: the singular after 1 ("1 PDF-tiedosto"). */
import { describe, expect, it } from 'vitest';
import { formatAccessibilityReport } from '../src/format-report.ts';
import { accessibilityProblems, type PdfAccessibility } from '../src/verify-pdf.ts';

const check: PdfAccessibility = {
  file: '/tulos/pdf/raportit/talous.pdf',
  pages: 2,
  tagged: true,
  coverage: 1,
  taggedCharacters: 100,
  artifactCharacters: 0,
  untaggedCharacters: 0,
  untaggedSamples: [],
  headings: [{ level: 1, text: 'Talous' }],
  skippedHeadingLevel: false,
  tables: 0,
  tablesWithHeaders: 0,
  figures: 0,
  figuresWithAlt: 0,
  figureAlts: [],
  links: 2,
  linksWithAnnotation: 1,
  annotations: 2,
  annotationsInStructure: 1,
  pdfUaPart: '1',
  pagesInStructureTree: 2,
  pagesWithTaggedText: 2,
  language: 'fi',
  title: 'Talous',
  titleShown: true,
  qpdfClean: true,
  fontsEmbedded: true,
};

describe('the verification report', () => {
  it('counts one link, one link area, one file and one failing in the singular', () => {
    expect(accessibilityProblems(check)).toEqual([
      '1 linkki ilman linkkialuetta',
      '1 linkkialue rakenteen ulkopuolella tai ilman kuvausta',
    ]);
    expect(formatAccessibilityReport([check], '/tulos').trim().split('\n').at(-1)).toBe(
      '1 PDF-tiedosto, 1 puutteellinen.',
    );
  });
});
