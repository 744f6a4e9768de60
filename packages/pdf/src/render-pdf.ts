/**
 * The one place that turns a document definition into PDF bytes. Fonts and access policies are
 * set up once per process, at import: generating many small PDFs does not pay for them again.
 */
import pdfmake from 'pdfmake';
import { headingStyles, tableLayouts } from './documents/styles.ts';
import { withFallbackFonts } from './fallback-fonts.ts';
import { fontDescriptors, fontPaths } from './fonts.ts';
import { installInternals } from './internals/install.ts';
import { normalizeDocument } from './normalize-text.ts';
import type { TDocumentDefinitions } from './pdfmake-types.ts';

interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

const { virtualfs } = pdfmake as unknown as { virtualfs: VirtualFileSystem };
// pdfmake's, pdfkit's and fontkit's internals, wrapped in `internals/` (its README says why each).
installInternals({ fontPaths, virtualfs, headingStyles });
pdfmake.setFonts(fontDescriptors);
pdfmake.setTableLayouts(tableLayouts);
// Content is data, not a program: it may not make pdfmake fetch a URL or open a local file.
// Fonts come from the virtual file system and images arrive as bytes checked by `load-images.ts`.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/**
 * Renders a document definition; the same definition always gives the same bytes. Every PDF is
 * tagged (`internals/tagging/`) unless the definition says `tagged: false`, and what Roboto lacks is set in a
 * fallback font (`fallback-fonts.ts`).
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const definition = withFallbackFonts(normalizeDocument({ ...doc, tagged: doc.tagged ?? true }));
  return pdfmake.createPdf(definition).getBuffer();
}
