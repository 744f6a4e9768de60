/**
 * The document's title, author, subject and keywords written into the XMP metadata as XML text.
 *
 * Why: pdfkit's `_addInfo` copies `doc.info` into the XMP packet without escaping it, so a title
 * such as "Ikääntyneiden palvelujen (I&O) väliraportti" made the XML invalid (and the file not
 * PDF/A). Replacing `&` with a look-alike kept the XML valid but put "I＆O" in the viewer's title
 * bar. Here `_addInfo` sees the values escaped while the Info dictionary, written before it, keeps
 * the content's own characters. pdfkit has no option for it; drop this when it escapes by itself.
 */
import { createRequire } from 'node:module';

type Info = Record<string, unknown>;

interface MetadataDocument {
  info: Info;
  _addInfo(this: MetadataDocument): void;
}

const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const { default: PdfmakeDocument } = requireFromPdfmake('./PDFDocument.js') as {
  default: { prototype: MetadataDocument };
};

const installed = Symbol.for('valmistelu.xmpInfoEscape');
const holder = globalThis as { [installed]?: boolean };

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (character) => xmlEntities[character] ?? character);
}

/** Escapes the XMP copy of every document's info for this process; later calls do nothing. */
export function installXmpInfoEscape(): void {
  if (holder[installed]) return;
  const prototype = PdfmakeDocument.prototype;
  const original = prototype._addInfo;
  if (typeof original !== 'function')
    throw new Error('pdfkit has no method _addInfo: check xmp-info-escape.ts when upgrading pdfkit');
  holder[installed] = true;
  prototype._addInfo = function addEscapedInfo(this: MetadataDocument) {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === 'string' ? escapeXmlText(value) : value,
      ]),
    );
    try {
      original.call(this);
    } finally {
      this.info = info;
    }
  };
}
