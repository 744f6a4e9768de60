/**
 * The objects of the remote PDF store: a document goes in and comes out the same, and any object
 * that is not a sound document of the asked path is refused with its reason, never used.
 */
import { describe, expect, it } from 'vitest';
import { decodeRemoteDocument, encodeRemoteDocument, parseCacheUrl } from '../src/remote-cache.ts';

const document = {
  sitePath: '/pdf/raportit/a.pdf',
  bytes: new Uint8Array(Buffer.from('%PDF-1.7\nsisältö\n%%EOF\n')),
  messages: [
    {
      file: '/c/reports/a.mdx',
      line: 3,
      column: 1,
      message: 'Kuvateksti puuttuu',
      severity: 'warning' as const,
      ruleId: 'pdf/image-alt',
    },
  ],
};

describe('remote PDF objects', () => {
  it('give back the document they were made from', () => {
    expect(decodeRemoteDocument(encodeRemoteDocument(document), document.sitePath)).toEqual(document);
  });

  const encoded = Buffer.from(encodeRemoteDocument(document));
  const header = encoded.subarray(0, encoded.indexOf(0x0a)).toString();
  const withBody = (body: string) => Buffer.concat([Buffer.from(`${header}\n`), Buffer.from(body)]);
  it.each([
    ['changed bytes', withBody('%PDF-1.7\nmuuta\n%%EOF\n'), 'tarkiste ei täsmää: tiedosto on muuttunut'],
    ['no header', Buffer.from('%PDF-1.7'), 'otsake puuttuu'],
    ['a header that is no JSON', Buffer.from('{rikki\n%PDF-'), 'otsake ei ole JSONia'],
    ['another format', Buffer.from(`${header.replace('"format":1', '"format":2')}\n`), 'tuntematon muoto 2'],
    [
      'messages that are no messages',
      Buffer.from(`${header.replace(/"messages":\[.*\]/, '"messages":[1]')}\n`),
      'viestit ovat rikki',
    ],
  ])('refuse %s', (_case, body, reason) => {
    expect(decodeRemoteDocument(body, document.sitePath)).toBe(reason);
  });

  it('refuse the document of another path', () => {
    expect(decodeRemoteDocument(encoded, '/pdf/raportit/b.pdf')).toBe(
      'se on eri tiedoston (/pdf/raportit/a.pdf)',
    );
  });

  it('refuse bytes that are no PDF even when their digest matches', () => {
    const notPdf = encodeRemoteDocument({ ...document, bytes: new Uint8Array(Buffer.from('<html>')) });
    expect(decodeRemoteDocument(notPdf, document.sitePath)).toBe('se ei ole PDF');
  });
});

describe('parseCacheUrl', () => {
  it('reads the bucket and the prefix', () => {
    expect(parseCacheUrl('s3://valmistelu-cache/ci/pdf/')).toEqual({
      bucket: 'valmistelu-cache',
      prefix: 'ci/pdf',
    });
    expect(parseCacheUrl('s3://valmistelu-cache')).toEqual({ bucket: 'valmistelu-cache', prefix: '' });
  });

  it('refuses another scheme in Finnish', () => {
    expect(parseCacheUrl('https://x/y')).toMatch(/^anna muodossa s3:\/\/ämpäri\/polku/);
  });
});
