import { ensureDebianPackages } from '../../../../scripts/ensure-debian-packages.ts';

export default function setup(): void {
  ensureDebianPackages({ qpdf: 'qpdf', pdffonts: 'poppler-utils', pdftoppm: 'poppler-utils' });
}
