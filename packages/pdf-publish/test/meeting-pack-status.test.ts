/**
 * The status part of a meeting pack, read back from the PDF: one line per group under the
 * meeting's body (sub-bodies included, other bodies left out), details only for late and
 * due-soon groups. The fixtureContent content gets a line under VATE's project office and one under
 * the political steering group, each with a group.
 */
import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { type ReadPdf, readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { beforeAll, expect, test } from 'vitest';
import { buildMeetingPack } from '../src/index.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const extraLines = `
- id: toimiston-tuki
  kind: cross-cutting
  name: Projektitoimiston tuki
  shortName: Tuki
  body: projektitoimisto
- id: ohryn-linja
  kind: cross-cutting
  name: Ohjausryhmän oma linja
  shortName: Ohry
  body: ohry
`;

/** A group of `line` whose one report is due on `due`. */
const group = (name: string, line: string, due: string, responsible = '') =>
  `name: ${name}\nline: ${line}\n${responsible}mandate: { start: 2017-10-01, end: 2018-12-31 }\nreporting:\n  - { kind: final, due: ${due} }\n`;

/** Every line of the status section, from its heading to the next part of the pack. */
let status: string[];

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'valmistelu-pack-status-'));
  await cp(fixtureContent, content, { recursive: true });
  await appendFile(join(content, 'lines.yaml'), extraLines);
  await writeFile(
    join(content, 'groups', 'arkisto.yaml'),
    group('Arkistointi', 'toimiston-tuki', '2018-06-01', 'responsible: mari-niemi\n'),
  );
  await writeFile(join(content, 'groups', 'kysely.yaml'), group('Kuntakysely', 'ohryn-linja', '2018-01-31'));
  const loaded = await loadContent(content);
  expect(loaded.messages.filter((message) => message.severity === 'error')).toEqual([]);
  const outDir = await mkdtemp(join(tmpdir(), 'valmistelu-pack-status-out-'));
  const { files, messages } = await buildMeetingPack({ loaded, meetingId: 'vate-2018-05-22', outDir });
  expect(messages).toEqual([]);
  const doc: ReadPdf = await readPdf(await readFile(files[0] ?? ''));
  const lines = doc.pages.flat();
  const start = lines.indexOf('Valmisteluryhmien tilannekatsaus', lines.indexOf('Esityslista'));
  // The status ends where the pack's next part, the open actions, starts.
  const end = lines.indexOf('Avoimet toimenpiteet', start);
  status = lines.slice(start, end).filter((line) => !/sivu \d+ \/ \d+$|^VATE 5\/2018/.test(line));
}, 60_000);

/** The overview's rows: from its header to the first details heading. */
const overview = () => {
  const header = status.indexOf('Valmisteluryhmä Linja Tila Seuraava raportti');
  const end = status.findIndex(
    (line, index) => index > header && /^(Myöhässä|Määräaika lähestyy) \(\d+\)$/.test(line),
  );
  return status.slice(header + 1, end === -1 ? undefined : end);
};

/** The rows of the details table under `heading`. */
const details = (heading: RegExp) => {
  const start = status.findIndex((line) => heading.test(line));
  if (start === -1) return [];
  const rows = status.slice(start + 2);
  const end = rows.findIndex((line) => /^(Myöhässä|Määräaika lähestyy) \(\d+\)$/.test(line));
  return rows.slice(0, end === -1 ? undefined : end);
};

test('the overview gives every group under the body one line: name, line, state and next report', () => {
  expect(overview()).toEqual([
    'Ikääntyneiden palvelut (I&O) TL1 Myöhässä Väliraportti 31.3.2018',
    'Lasten ja perheiden muutosohjelma (LAPE) TL1 Aikataulussa Loppuraportti 31.10.2018',
    'Päivystys 24 h TL1 Määräaika lähestyy Väliraportti 31.5.2018',
    'Talous TL2 Aikataulussa –',
    'Maakunnan viestintä Läpäisevät Aikataulussa –',
    'Arkistointi Tuki Määräaika lähestyy Loppuraportti 1.6.2018',
  ]);
});

test('a group under another body is in neither the overview nor the details', () => {
  expect(status.filter((line) => line.includes('Kuntakysely'))).toEqual([]);
});

test('the summary counts only the groups under the body', () => {
  expect(status).toContain('Tilanne 15.5.2018: Myöhässä 1 Määräaika lähestyy 2 Aikataulussa 3 Valmis 0');
});

test('details follow for late and due-soon groups only: who is responsible and what is missing', () => {
  expect(details(/^Myöhässä \(1\)$/)).toEqual(['Ikääntyneiden palvelut (I&O) – – Väliraportti 31.3.2018']);
  expect(details(/^Määräaika lähestyy \(2\)$/)).toEqual([
    'Päivystys 24 h – – Väliraportti 31.5.2018',
    'Arkistointi Mari Niemi – Loppuraportti 1.6.2018',
  ]);
});
