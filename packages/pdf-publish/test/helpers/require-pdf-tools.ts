import { requireSystemTools } from '../../../../scripts/system-tools.ts';

/** qpdf and poppler are installed by `pnpm system-tools` before the suites start. */
export default function setup(): void {
  requireSystemTools(['qpdf', 'pdffonts', 'pdftoppm', 'pdftotext']);
}
