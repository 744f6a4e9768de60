/**
 * What a reader's assistive technology finds in one PDF: whether it is tagged, how much of its
 * text is in tagged content or marked as an artifact, its headings, tables and figures, its
 * language and title, and whether qpdf and poppler find it sound with every font embedded.
 */
import { readFileSync } from 'node:fs';
import { countOf } from '@valmistelu/domain/finnish-count';
import { readMarkedText } from './marked-text.ts';
import { pageAnnotations, pdfFonts, qpdfCheck, readQpdfObjects, textOf } from './qpdf-objects.ts';
import {
  allElements,
  childElements,
  elementText,
  type ReadElement,
  readStructureTree,
} from './structure-tree.ts';

export interface PdfAccessibility {
  file: string;
  pages: number;
  /** `/MarkInfo` says Marked and the structure tree holds content. */
  tagged: boolean;
  /** Share (0–1) of the text's characters inside tagged content or artifacts. */
  coverage: number;
  taggedCharacters: number;
  artifactCharacters: number;
  untaggedCharacters: number;
  untaggedSamples: string[];
  headings: { level: number; text: string }[];
  /** A heading more than one level below the heading before it (or a first heading below H1). */
  skippedHeadingLevel: boolean;
  tables: number;
  tablesWithHeaders: number;
  figures: number;
  figuresWithAlt: number;
  /** The alternate text of each figure, in reading order. */
  figureAlts: string[];
  links: number;
  linksWithAnnotation: number;
  /** Annotations on the pages, and those the structure tree holds (`/StructParent`) and describes (`/Contents`). */
  annotations: number;
  annotationsInStructure: number;
  pdfUaPart: string | undefined;
  /** Pages with tagged text whose structure tree pdf.js builds, of all pages with tagged text. */
  pagesInStructureTree: number;
  pagesWithTaggedText: number;
  language: string | undefined;
  title: string | undefined;
  /** The viewer shows the title, not the file name (`/DisplayDocTitle`). */
  titleShown: boolean;
  qpdfClean: boolean;
  fontsEmbedded: boolean;
}

const has = (element: ReadElement, role: string): boolean =>
  childElements(element).some((child) => child.role === role || has(child, role));

export async function verifyPdf(file: string): Promise<PdfAccessibility> {
  const text = await readMarkedText(readFileSync(file));
  const objects = readQpdfObjects(file);
  const tree = readStructureTree(objects) ?? [];
  const annotations = pageAnnotations(objects);
  const elements = [...allElements(tree)];
  const headings = elements.flatMap((element) => {
    const match = /^H([1-6])$/.exec(element.role);
    return match
      ? [{ level: Number(match[1]), text: elementText(element, text.byContent).replace(/\s+/g, ' ').trim() }]
      : [];
  });
  const skippedHeadingLevel = headings.some(
    (heading, index) => heading.level > (headings[index - 1]?.level ?? 0) + 1,
  );
  const tables = elements.filter((element) => element.role === 'Table');
  const figures = elements.filter((element) => element.role === 'Figure');
  const links = elements.filter((element) => element.role === 'Link');
  const total = text.taggedCharacters + text.artifactCharacters + text.untaggedCharacters;
  const fonts = pdfFonts(file);
  return {
    file,
    pages: text.pages,
    tagged: text.markInfo && text.byContent.size > 0 && elements.length > 0,
    coverage: total === 0 ? 1 : (text.taggedCharacters + text.artifactCharacters) / total,
    taggedCharacters: text.taggedCharacters,
    artifactCharacters: text.artifactCharacters,
    untaggedCharacters: text.untaggedCharacters,
    untaggedSamples: text.untaggedSamples,
    headings,
    skippedHeadingLevel,
    tables: tables.length,
    tablesWithHeaders: tables.filter((table) => has(table, 'TH')).length,
    figures: figures.length,
    figuresWithAlt: figures.filter((figure) => (figure.alt ?? '').trim() !== '').length,
    figureAlts: figures.map((figure) => figure.alt ?? ''),
    links: links.length,
    linksWithAnnotation: links.filter((link) => link.kids.some((kid) => 'annotation' in kid)).length,
    annotations: annotations.length,
    annotationsInStructure: annotations.filter(
      (annotation) =>
        typeof annotation['/StructParent'] === 'number' && textOf(annotation['/Contents']) !== undefined,
    ).length,
    pdfUaPart: text.pdfUaPart,
    pagesInStructureTree: text.pagesInStructureTree,
    pagesWithTaggedText: text.pagesWithTaggedText,
    language: text.language,
    title: text.title,
    titleShown: text.displayDocTitle && (text.title ?? '').trim() !== '',
    qpdfClean: qpdfCheck(file).ok,
    fontsEmbedded: fonts.length > 0 && fonts.every((font) => font.embedded),
  };
}

/** The problems of a checked PDF, in Finnish; none when it holds everything checked. */
export function accessibilityProblems(check: PdfAccessibility): string[] {
  const problems: string[] = [];
  if (!check.tagged) problems.push('ei rakennemerkintöjä (tagged PDF)');
  if (check.coverage < 1)
    problems.push(`tekstiä rakenteen ja artefaktien ulkopuolella: ${check.untaggedSamples.join(' | ')}`);
  if (check.pagesInStructureTree < check.pagesWithTaggedText)
    problems.push(
      `pdf.js ei löydä rakennepuuta ${check.pagesWithTaggedText - check.pagesInStructureTree} sivulta`,
    );
  if (check.skippedHeadingLevel) problems.push('otsikkotaso hyppää yli tason');
  if (check.tablesWithHeaders < check.tables)
    problems.push(`${check.tables - check.tablesWithHeaders} taulukolta puuttuvat otsikkosolut (TH)`);
  if (check.figuresWithAlt < check.figures)
    problems.push(`${check.figures - check.figuresWithAlt} kuvalta puuttuu vaihtoehtoinen teksti`);
  if (check.linksWithAnnotation < check.links)
    problems.push(
      `${countOf(check.links - check.linksWithAnnotation, 'linkki', 'linkkiä')} ilman linkkialuetta`,
    );
  if (check.annotationsInStructure < check.annotations)
    problems.push(
      `${countOf(check.annotations - check.annotationsInStructure, 'linkkialue', 'linkkialuetta')} rakenteen ulkopuolella tai ilman kuvausta`,
    );
  if (!check.language) problems.push('kieltä (/Lang) ei ole merkitty');
  if (!check.titleShown) problems.push('otsikkoa ei näytetä ikkunan otsikkona (DisplayDocTitle)');
  if (!check.qpdfClean) problems.push('qpdf --check löytää virheitä');
  if (!check.fontsEmbedded) problems.push('kaikkia fontteja ei ole upotettu');
  return problems;
}
