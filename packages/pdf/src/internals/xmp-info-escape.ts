/**
 * The document's title, author, subject and keywords written into the XMP metadata as XML text.
 *
 * Why: pdfkit's `_addInfo` copies `doc.info` into the XMP packet without escaping it, so a title
 * such as "Ikääntyneiden palvelujen (I&O) väliraportti" made the XML invalid (and the file not
 * PDF/A). Replacing `&` with a look-alike kept the XML valid but put "I＆O" in the viewer's title
 * bar. Here `_addInfo` sees the values escaped while the Info dictionary, written before it, keeps
 * the content's own characters. pdfkit has no option for it; drop this when it escapes by itself.
 */
import type { PdfmakeClasses } from './upstream.ts';
import { wrap } from './wrap.ts';

type Info = Record<string, unknown>;

interface MetadataDocument {
  info: Info;
  _addInfo(this: MetadataDocument): void;
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (character) => xmlEntities[character] ?? character);
}

/** Escapes the XMP copy of every document's info; `installInternals` calls it once per process. */
export function installXmpInfoEscape(classes: PdfmakeClasses): void {
  wrap<MetadataDocument['_addInfo']>(
    classes.PDFDocument.prototype,
    '_addInfo',
    'xmp-info-escape.ts',
    (original) =>
      function addEscapedInfo(this: MetadataDocument) {
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
      },
  );
}
