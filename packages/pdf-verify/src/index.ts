/**
 * `@valmistelu/pdf-verify`: reads PDFs back as a reader's assistive technology would (pdf.js for
 * text and marked content, qpdf for the structure tree and the file, poppler for fonts).
 *
 * @example
 *   const check = await verifyPdf('dist/pdf/raportit/lape-valiraportti.pdf');
 *   accessibilityProblems(check); // → [] when it holds everything checked
 */
export { formatAccessibilityReport } from './format-report.ts';
export { accessibilityProblems, type PdfAccessibility, verifyPdf } from './verify-pdf.ts';
