/** The verification of PDFs as text for a terminal, one block per file, in Finnish. */

import { countOf } from '@valmistelu/domain/finnish-count';
import { accessibilityProblems, type PdfAccessibility } from './verify-pdf.ts';

const yesNo = (value: boolean) => (value ? 'kyllä' : 'ei');
const percent = (share: number) => `${(Math.floor(share * 1000) / 10).toFixed(1)} %`;

export function formatAccessibilityReport(checks: readonly PdfAccessibility[], root = ''): string {
  const blocks = checks.map((check) => {
    const name =
      root && check.file.startsWith(root) ? check.file.slice(root.length).replace(/^\//, '') : check.file;
    const levels = check.headings.map((heading) => `H${heading.level}`);
    const problems = accessibilityProblems(check);
    return [
      `${name} (${check.pages} s.)`,
      `  rakennemerkinnät: ${yesNo(check.tagged)}; rakennepuu pdf.js:llä sivuilla ${check.pagesInStructureTree}/${check.pagesWithTaggedText}`,
      `  teksti rakenteessa tai artefakteissa: ${percent(check.coverage)}`,
      `  otsikot: ${levels.length ? levels.join(' ') : 'ei otsikoita'}${check.skippedHeadingLevel ? ' (tasoja hypätty)' : ''}`,
      `  taulukoita otsikkosoluin: ${check.tablesWithHeaders}/${check.tables}`,
      `  kuvia vaihtoehtoisin tekstein: ${check.figuresWithAlt}/${check.figures}`,
      `  linkkejä linkkialueineen: ${check.linksWithAnnotation}/${check.links}; linkkialueita rakenteessa: ${check.annotationsInStructure}/${check.annotations}`,
      `  kieli: ${check.language ?? 'ei merkitty'}`,
      `  otsikko näytetään: ${yesNo(check.titleShown)}${check.title ? ` (${check.title})` : ''}`,
      `  qpdf --check: ${check.qpdfClean ? 'puhdas' : 'virheitä'}; fontit upotettu: ${yesNo(check.fontsEmbedded)}`,
      `  PDF/UA-tunniste: ${check.pdfUaPart ? `PDF/UA-${check.pdfUaPart}` : 'ei'}`,
      ...(problems.length ? problems.map((problem) => `  ! ${problem}`) : ['  kaikki tarkistukset kunnossa']),
    ].join('\n');
  });
  const failing = checks.filter((check) => accessibilityProblems(check).length > 0).length;
  return `${blocks.join('\n\n')}\n\n${countOf(checks.length, 'PDF-tiedosto', 'PDF-tiedostoa')}, ${countOf(failing, 'puutteellinen', 'puutteellista')}.\n`;
}
