/**
 * The organisation's logo and primary colour on the covers: the fixtureContent content with an
 * `identity`, its PDFs built and read back. The logo is the cover's first figure in the tagged
 * structure (its text alternative the organisation's name), a PNG logo an image XObject on page
 * one (pdfimages), and the cover's title is filled in the primary colour (pdf.js operators).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { loadContent } from '@valmistelu/content';
import { organisationName } from '@valmistelu/domain/site-identity';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { buildAllPdfs, buildMeetingPack, buildMembersEdition } from '../src/index.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const primary = '#0b4f6c';

/** A whole 40×20 RGB PNG of one colour, written byte by byte. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const svgLogo = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><title>Tunnus</title>
<rect width="120" height="60" fill="${primary}"/><circle cx="30" cy="30" r="20" fill="#123457"/></svg>`;

/** A copy of the fixtureContent content with an identity whose logo is `logo` (a file name under kuvat/). */
async function contentWithLogo(logo: string, bytes: Buffer | string) {
  const dir = mkdtempSync(join(tmpdir(), 'valmistelu-cover-'));
  const contentDir = join(dir, 'content');
  cpSync(fixtureContent, contentDir, { recursive: true });
  mkdirSync(join(contentDir, 'kuvat'), { recursive: true });
  writeFileSync(join(contentDir, 'kuvat', logo), bytes);
  const site = readFileSync(join(contentDir, 'site.yaml'), 'utf8');
  writeFileSync(
    join(contentDir, 'site.yaml'),
    `${site}identity:\n  logo: kuvat/${logo}\n  colors:\n    primary: "${primary}"\ncontact:\n  organisation: Testiliitto\n`,
  );
  const loaded = await loadContent(contentDir);
  expect(loaded.messages).toEqual([]);
  return { loaded, dir };
}

/** That content's PDFs, built; gives the file whose path ends with a suffix. */
async function buildWithLogo(logo: string, bytes: Buffer | string) {
  const { loaded, dir } = await contentWithLogo(logo, bytes);
  const result = await buildAllPdfs({ loaded, outDir: join(dir, 'out') });
  expect(result.messages).toEqual([]);
  return (suffix: string) => {
    const file = result.files.find((candidate) => candidate.endsWith(suffix));
    if (!file) throw new Error(`no PDF ${suffix}`);
    return file;
  };
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function figures(node: StructNode | null | undefined): StructNode[] {
  if (!node) return [];
  return [...(node.role === 'Figure' ? [node] : []), ...(node.children ?? []).flatMap(figures)];
}

async function firstPage(file: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const tree = (await page.getStructTree()) as StructNode | null;
  const operators = await page.getOperatorList();
  const fills = operators.fnArray.flatMap((fn, index) =>
    fn === OPS.setFillRGBColor ? [String(operators.argsArray[index]?.[0])] : [],
  );
  return { figures: figures(tree), fills };
}

/** `pdfimages -list`: page and size of each image XObject. */
function pdfImages(file: string): { page: number; width: number; height: number }[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/))
    .map((columns) => ({ page: Number(columns[0]), width: Number(columns[3]), height: Number(columns[4]) }));
}

/** Documents with a cover page: the logo is its first figure. */
const covered = ['raportit/lape-valiraportti.pdf', 'kokoukset/vate-2018-05-22.pdf'];
/** Charts on their first page: the logo in the top margin, the chart still on that page. */
const charts = ['organisaatiokaavio.pdf', 'aikataulut/uudistus.pdf'];

describe('covers with the organisation’s identity', () => {
  test('an SVG logo is the cover’s figure, named for the organisation, and the title is in the primary colour', async () => {
    const file = await buildWithLogo('tunnus.svg', svgLogo);
    for (const name of covered) {
      const page = await firstPage(file(name));
      expect(page.figures[0]?.alt, name).toBe('Testiliitto');
      expect(page.fills, name).toContain(primary);
    }
    for (const name of charts) {
      const page = await firstPage(file(name));
      // The logo's own colour is drawn, and the chart has stayed on the first page.
      expect(page.fills, name).toContain('#123457');
      expect(page.fills, name).toContain(primary);
      expect(page.figures.filter((figure) => figure.alt !== 'Testiliitto').length, name).toBe(1);
    }
  }, 120_000);

  test('a PNG logo is an image on the first page of every kind of document', async () => {
    const file = await buildWithLogo('tunnus.png', png(40, 20));
    for (const name of [...covered, ...charts]) {
      expect(
        pdfImages(file(name)).filter((image) => image.page === 1),
        name,
      ).toContainEqual({
        page: 1,
        width: 40,
        height: 20,
      });
    }
    for (const name of covered)
      expect((await firstPage(file(name))).figures[0]?.alt, name).toBe('Testiliitto');
    for (const name of charts) {
      const { figures } = await firstPage(file(name));
      expect(figures.filter((figure) => figure.alt !== 'Testiliitto').length, name).toBe(1);
    }
  }, 120_000);

  test('a chart that fills its page keeps it: the default content’s reform timeline', async () => {
    const loaded = await loadContent(join(import.meta.dirname, '../../../content'));
    expect(loaded.messages).toEqual([]);
    // Only the charts: the packs and reports are not what this is about, and take minutes.
    const charts = {
      ...loaded,
      content: { ...loaded.content, reports: [], meetings: [] },
      sources: { ...loaded.sources, reports: [], meetings: [] },
    };
    const dir = mkdtempSync(join(tmpdir(), 'valmistelu-cover-'));
    const result = await buildAllPdfs({ loaded: charts, outDir: dir });
    expect(result.messages).toEqual([]);
    expect(loaded.content.site.identity?.logo).toBeDefined();
    for (const file of result.files) {
      const { figures } = await firstPage(file);
      const name = organisationName(loaded.content.site);
      expect(figures.filter((figure) => figure.alt !== name).length, file).toBe(1);
    }
  }, 300_000);

  test('the single pack and the members’ edition, made outside the build, have the logo too', async () => {
    const { loaded, dir } = await contentWithLogo('tunnus.svg', svgLogo);
    const meetingId = 'vate-2018-05-22';
    const pack = await buildMeetingPack({ loaded, meetingId, outDir: join(dir, 'pack') });
    const members = await buildMembersEdition({ loaded, meetingId, outDir: join(dir, 'members') });
    expect([...pack.messages, ...members.messages]).toEqual([]);
    for (const file of [...pack.files, ...members.files])
      expect((await firstPage(file)).figures[0]?.alt, file).toBe('Testiliitto');
  }, 120_000);
});
