/**
 * The minutes of the four example VATE meetings in the repository's own content, read back from
 * the PDFs: attendance from VATE's composition, every § with its decision, the proceedings, the
 * signature block and the appeal instructions; the pack and the minutes agree on every §; the
 * members' edition says on every page that it is not public.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { formatFinnishDate } from '@valmistelu/domain/dates';
import type { Meeting } from '@valmistelu/domain/schema';
import {
  type Edition,
  loadReportInputs,
  meetingPackDocument,
  minutesDocument,
  renderPdf,
} from '@valmistelu/pdf';
import { type ReadPdf, readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildMeetingPack } from '../src/index.ts';

const contentDir = join(import.meta.dirname, '../../../content');
const meetingIds = ['vate-2018-02', 'vate-2018-03', 'vate-2018-04', 'vate-2018-05'];

let loaded: LoadedContent;
const minutes = new Map<string, ReadPdf>();
const packs = new Map<string, ReadPdf>();

const meetingOf = (id: string): Meeting => {
  const meeting = loaded.content.meetings.find((candidate) => candidate.id === id);
  if (!meeting) throw new Error(`no meeting ${id}`);
  return meeting;
};
/** The whole text on one line per PDF line, so that a phrase broken over lines still matches. */
const textOf = (doc: ReadPdf | undefined) => (doc?.pages.flat() ?? []).join(' ').replace(/\s+/g, ' ');

async function render(id: string, edition: Edition): Promise<{ minutes: ReadPdf; pack: ReadPdf }> {
  const meeting = meetingOf(id);
  const inputs = await loadReportInputs(
    loaded,
    meeting.agenda.flatMap((item) => item.reports),
  );
  return {
    minutes: await readPdf(await renderPdf(minutesDocument(loaded.content, meeting, { edition }).doc)),
    pack: await readPdf(
      await renderPdf(meetingPackDocument(loaded.content, meeting, inputs, { edition }).doc),
    ),
  };
}

beforeAll(async () => {
  loaded = await loadContent(contentDir);
  expect(loaded.messages.filter((message) => message.severity === 'error')).toEqual([]);
  for (const id of meetingIds) {
    const read = await render(id, 'public');
    minutes.set(id, read.minutes);
    packs.set(id, read.pack);
  }
}, 120_000);

describe.each(meetingIds)('minutes of %s', (id) => {
  test('name the body, the meeting and its time and place', () => {
    const meeting = meetingOf(id);
    const first = textOf({ pages: [minutes.get(id)?.pages[0] ?? []], bookmarks: [], links: [] });
    // The kicker is letter-spaced, which pdf.js reads as gaps.
    expect(first.replace(/ /g, '')).toContain('PÖYTÄKIRJA');
    expect(first).toContain('Väliaikainen valmistelutoimielin');
    expect(first).toContain(`Kokous ${meeting.number}`);
    expect(first).toContain(
      `${formatFinnishDate(meeting.date)} klo ${meeting.time}–${meeting.minutes?.ended}`,
    );
    expect(first).toContain(meeting.place);
  });

  test('list every seat of the composition as present, substituted or absent', () => {
    const meeting = meetingOf(id);
    const text = textOf(minutes.get(id));
    const absent = new Set(meeting.minutes?.attendance.absent);
    for (let seat = 1; seat <= 15; seat += 1) expect(text).toContain(`Jäsen ${seat}`);
    for (const deputy of meeting.minutes?.attendance.deputies ?? []) {
      expect(text).toContain(
        `Varajäsen ${deputy.seat.split(' ')[1]} varajäsen, sijaisena: Jäsen ${deputy.for.split(' ')[1]}`,
      );
    }
    expect(absent.size).toBeGreaterThan(0);
    expect(text).toContain('Poissa');
    expect(text).toContain('Jäsen 1 puheenjohtaja');
    expect(text).toContain('Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.');
  });

  test('carry every § with its decision, and the checking, display and signatures', () => {
    const meeting = meetingOf(id);
    const text = textOf(minutes.get(id));
    for (const item of meeting.agenda) {
      expect(text).toContain(`§ ${item.number} ${item.title}`);
      expect(text).toContain(`Päätös: ${item.decision?.replace(/\s+/g, ' ')}`);
    }
    const record = meeting.minutes;
    expect(text).toContain(`Pöytäkirja tarkastettiin ${formatFinnishDate(record?.checked ?? '')}.`);
    expect(text).toContain(formatFinnishDate(record?.publicDisplay.end ?? ''));
    expect(text).toContain('Allekirjoitukset');
    expect(text).toContain('Pöytäkirjantarkastaja');
  });

  test('end with the appeal instructions naming the § they cover', () => {
    const meeting = meetingOf(id);
    const doc = minutes.get(id);
    const last = textOf({ pages: [doc?.pages.at(-1) ?? []], bookmarks: [], links: [] });
    expect(last).toContain('Muutoksenhakuohjeet');
    expect(last).toContain('Ei muutoksenhakuoikeutta');
    expect(last).toContain('kuntalaki 136 §');
    const numbers = meeting.agenda.map((item) => item.number);
    expect(last).toContain(`§:t ${numbers[0]}–${numbers.at(-1)}`);
  });

  test('agree with the meeting pack on every § and decision', () => {
    const meeting = meetingOf(id);
    const minutesText = textOf(minutes.get(id));
    const packText = textOf(packs.get(id));
    const headings = (text: string) =>
      [...text.matchAll(/§ (\d+) /g)].map((match) => Number(match[1])).filter((n) => n >= 9 && n <= 27);
    expect([...new Set(headings(minutesText))].sort()).toEqual(
      meeting.agenda.map((item) => item.number).sort(),
    );
    expect([...new Set(headings(packText))].sort()).toEqual([...new Set(headings(minutesText))].sort());
    for (const item of meeting.agenda) {
      const heading = `§ ${item.number} ${item.title}`;
      expect(packText, heading).toContain(heading);
      expect(minutesText, heading).toContain(heading);
      const decision = `Päätös: ${item.decision?.replace(/\s+/g, ' ')}`;
      expect(packText, decision).toContain(decision);
      expect(minutesText, decision).toContain(decision);
    }
  });
});

describe('proceedings recorded in the example minutes', () => {
  test('§ 21 shows the amendment, the vote with counts and names, and its result', () => {
    const text = textOf(minutes.get('vate-2018-04'));
    expect(text).toContain('Jäsen 5 ehdotti:');
    expect(text).toContain('Jäsen 8 kannatti ehdotusta.');
    expect(text).toContain('Äänestyksessä annettiin 5 JAA-ääntä, 9 EI-ääntä.');
    expect(text).toContain('JAA: Jäsen 1, Jäsen 2, Jäsen 3, Varajäsen 4, Jäsen 6.');
    expect(text).toContain('Muutosehdotus voitti äänin 9–5.');
  });

  test('§ 16 shows the disqualified member, and the departure is on the attendance', () => {
    const text = textOf(minutes.get('vate-2018-03'));
    expect(text).toContain('Jäsen 7 ilmoitti olevansa esteellinen (HL 28 § 1 mom. 5 k');
    expect(text).toContain('poistui § 16:n käsittelyn jälkeen (klo 14.30)');
  });
});

describe("members' edition", () => {
  test('says on every page of the pack and the minutes that it is not public', async () => {
    const read = await render('vate-2018-04', 'members');
    for (const doc of [read.minutes, read.pack]) {
      doc.pages.forEach((lines, index) => {
        expect(lines.join(' '), `sivu ${index + 1}`).toContain('EI JULKINEN');
      });
    }
    expect(textOf(minutes.get('vate-2018-04'))).not.toContain('EI JULKINEN');
  }, 60_000);
});

describe('open actions in the pack', () => {
  test('list every open action of every report by owner and by due day, late ones marked as of the meeting', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'valmistelu-toimenpiteet-'));
    const { files, messages } = await buildMeetingPack({ loaded, meetingId: 'vate-2018-05', outDir });
    expect(messages).toEqual([]);
    const doc = await readPdf(readFileSync(files[0] ?? ''));
    const start = doc.pages.findIndex((lines) => lines.includes('Avoimet toimenpiteet'));
    expect(start).toBeGreaterThan(0);
    const text = textOf({ pages: doc.pages.slice(start, start + 2), bookmarks: [], links: [] });
    // Hand-counted from the example reports: 12 actions, 5 done; of the 7 open, the property
    // query (31.3.) and the § 13 simulation (30.4.) were late on the meeting day 28.5.2018.
    expect(text).toContain('28.5.2018: 7 avointa toimenpidettä, joista 2 myöhässä.');
    expect(text.match(/Myöhässä/g)).toHaveLength(4);
    for (const owner of [
      'Kaisa Kausto-Uski',
      'Mari Niemi',
      'Mia Hietapakka',
      'Päivi Vuorinen',
      'Timo Vesiluoma',
      'Tuomas Hatanpää',
    ])
      expect(text).toContain(owner);
    expect(text).toContain('31.3.2018 Myöhässä');
    expect(text).not.toContain('Cloudia');
    expect(doc.bookmarks.map((mark) => mark.title)).toContain('Avoimet toimenpiteet');
  }, 60_000);
});
