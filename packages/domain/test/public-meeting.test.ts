import { describe, expect, it } from 'vitest';
import { removedNameText } from '../src/labels.ts';
import { publicContent } from '../src/publication.ts';
import type { ContentModel } from '../src/schema.ts';
import { validateContent } from '../src/validate.ts';
import { makeContent, makeGroup, makeMeeting, makeReport } from './make-content.ts';

const minutes = {
  chair: 'terttu',
  secretary: 'terttu',
  checkers: ['terttu'],
  checked: '2018-04-25',
  publicDisplay: { start: '2018-04-26', end: '2018-06-04' },
};

function content(): ContentModel {
  return makeContent({
    groups: [makeGroup({ id: 'lape' })],
    reports: [
      makeReport({ id: 'vali', group: 'lape', state: 'submitted', submitted: '2018-03-28' }),
      makeReport({ id: 'salainen', group: 'lape', state: 'submitted', submitted: '2018-03-28' }),
    ],
    meetings: [
      makeMeeting({
        id: 'vate-2018-04',
        date: '2018-04-23',
        minutes,
        agenda: [
          {
            number: 1,
            title: 'Raportit',
            reports: ['vali'],
            decision: 'Merkittiin tiedoksi.',
            attachments: [
              { title: 'Julkinen liite', text: 'Kaikille avoin teksti.' },
              {
                title: 'Tarjousvertailu',
                text: 'Yritys Oy:n yksikköhinnat.',
                confidential: 'JulkL 24 § 1 mom. 20 k',
              },
            ],
          },
          {
            number: 2,
            title: 'Henkilöstöasia',
            confidential: 'JulkL 24 § 1 mom. 25 k',
            reports: ['salainen'],
            presenter: 'terttu',
            description: 'Terveydentilaa koskeva selvitys.',
            proposal: 'Myönnetään vapautus.',
            decision: 'Myönnettiin vapautus.',
          },
          {
            number: 3,
            title: 'Avustus Matti Virtaselle',
            decision: 'Myönnettiin Matti Virtaselle avustus; Matti Virtanen raportoi käytöstä.',
            privatePersons: ['Matti Virtanen', 'Matti Virtaselle'],
          },
        ],
      }),
    ],
  });
}

describe('publicContent for meetings', () => {
  it('keeps only the number, title and legal basis of a confidential §, and withholds its reports', () => {
    const published = publicContent(content(), '2018-05-31');
    const item = published.meetings[0]?.agenda[1];
    expect(item).toEqual({
      number: 2,
      title: 'Henkilöstöasia',
      confidential: 'JulkL 24 § 1 mom. 25 k',
      reports: [],
      attachments: [],
      privatePersons: [],
      amendments: [],
      disqualified: [],
    });
    expect(published.reports.map((report) => report.id)).toEqual(['vali']);
  });

  it('keeps a confidential attachment’s title and basis, not its text', () => {
    const published = publicContent(content(), '2018-05-31');
    expect(published.meetings[0]?.agenda[0]?.attachments).toEqual([
      { title: 'Julkinen liite', text: 'Kaikille avoin teksti.' },
      { title: 'Tarjousvertailu', confidential: 'JulkL 24 § 1 mom. 20 k' },
    ]);
  });

  it('keeps private persons’ names until the display period ends and removes every form after it', () => {
    const during = publicContent(content(), '2018-06-04').meetings[0]?.agenda[2];
    expect(during?.decision).toContain('Matti Virtaselle');
    const after = publicContent(content(), '2018-06-05').meetings[0]?.agenda[2];
    expect(after?.title).toBe(`Avustus ${removedNameText}`);
    expect(after?.decision).toBe(
      `Myönnettiin ${removedNameText} avustus; ${removedNameText} raportoi käytöstä.`,
    );
    expect(after?.privatePersons).toEqual([]);
    expect(JSON.stringify(publicContent(content(), '2018-06-05'))).not.toContain('Virta');
  });

  it('publishes the minutes from the checking day on', () => {
    expect(publicContent(content(), '2018-04-24').meetings[0]).not.toHaveProperty('minutes');
    expect(publicContent(content(), '2018-04-25').meetings[0]?.minutes?.checked).toBe('2018-04-25');
  });

  it('leaves a meeting with nothing to withhold as it is', () => {
    const plain = makeContent({
      meetings: [makeMeeting({ id: 'a', date: '2018-04-23', agenda: [{ number: 1, title: 'Avaus' }] })],
    });
    expect(publicContent(plain, '2018-05-31').meetings[0]).toBe(plain.meetings[0]);
  });

  it('never lets the confidential texts through, whatever the day', () => {
    for (const day of ['2018-04-01', '2018-05-31', '2019-01-01']) {
      const text = JSON.stringify(publicContent(content(), day));
      for (const secret of ['Terveydentilaa', 'vapautus', 'yksikköhinnat', '"salainen"']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('warns the writer that the reports on a confidential § stay unpublished', () => {
    const notices = validateContent(content()).filter((issue) => issue.severity === 'warning');
    expect(notices.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'agenda.1.reports.0: § 2 on salassa pidettävä (JulkL 24 § 1 mom. 25 k): raporttia "salainen" ei julkaista sivustolla eikä julkisissa PDF:issä',
    ]);
  });
});
