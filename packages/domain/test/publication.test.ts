import { describe, expect, it } from 'vitest';
import { momentProblem } from '../src/dates.ts';
import { isPublic, publicContent, releasedContent } from '../src/publication.ts';
import { newsItemSchema } from '../src/schema.ts';
import { validateContent } from '../src/validate.ts';
import { makeContent, makeGroup, makeMeeting, makeReport } from './make-content.ts';

const news = (id: string, extra: { draft?: boolean; publishAt?: string } = {}) =>
  newsItemSchema.parse({ id, title: id, date: '2018-05-01', summary: 'Tiivistelmä', body: '', ...extra });

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('momentProblem', () => {
  it.each(['2018-06-01', '2018-06-01T09:00', '2018-06-01T00:00', '2018-06-01T23:59'])(
    'accepts %s',
    (value) => {
      expect(momentProblem(value)).toBeUndefined();
    },
  );

  it.each([
    [
      '2018-06-01T24:00',
      'kellonajan muoto on VVVV-KK-PPTHH:MM Suomen aikaa (esim. 2018-06-01T09:00), nyt "2018-06-01T24:00"',
    ],
    [
      '2018-06-01T09:00Z',
      'kellonajan muoto on VVVV-KK-PPTHH:MM Suomen aikaa (esim. 2018-06-01T09:00), nyt "2018-06-01T09:00Z"',
    ],
    ['2018-02-30T09:00', 'päivää 30.2.2018 ei ole kalenterissa'],
    [
      '1.6.2018',
      'muoto on VVVV-KK-PP tai VVVV-KK-PPTHH:MM (esim. 2018-06-01 tai 2018-06-01T09:00), nyt "1.6.2018"',
    ],
  ])('refuses %s', (value, message) => {
    expect(momentProblem(value)).toBe(message);
  });
});

describe('isPublic', () => {
  it('never publishes a draft', () => {
    expect(isPublic({ draft: true }, '2100-01-01')).toBe(false);
  });

  it.each([
    ['2018-06-01', '2018-05-31', false],
    ['2018-06-01', '2018-06-01', true],
    // A build for a date publishes what is due by the start of that day.
    ['2018-06-01T09:00', '2018-06-01', false],
    ['2018-06-01T09:00', '2018-06-01T08:59', false],
    ['2018-06-01T09:00', '2018-06-01T09:00', true],
    ['2018-06-01T09:00', '2018-06-02', true],
    ['2018-06-01', '2018-06-01T00:00', true],
  ])('publishAt %s is public at %s: %s', (publishAt, moment, expected) => {
    expect(isPublic({ draft: false, publishAt }, moment)).toBe(expected);
  });
});

describe('publicContent', () => {
  const content = makeContent({
    groups: [makeGroup({ id: 'lape' })],
    reports: [
      makeReport({ id: 'vali', group: 'lape', state: 'submitted', submitted: '2018-03-28' }),
      makeReport({ id: 'luonnos', group: 'lape', draft: true }),
      makeReport({ id: 'loppu', group: 'lape', kind: 'final', answers: 'luonnos' }),
    ],
    meetings: [
      makeMeeting({
        id: 'vate-2018-04',
        date: '2018-04-12',
        agenda: [
          { number: 1, title: 'Avaus' },
          { number: 2, title: 'Raportit', reports: ['vali', 'luonnos'] },
        ],
      }),
      makeMeeting({ id: 'vate-2018-06', date: '2018-06-14', draft: true }),
    ],
    news: [
      news('julkinen'),
      news('luonnos', { draft: true }),
      news('ajastettu', { publishAt: '2018-06-01' }),
    ],
  });

  it('leaves out drafts and news scheduled after the moment', () => {
    const published = publicContent(content, '2018-05-31');
    expect(ids(published.reports)).toEqual(['vali', 'loppu']);
    expect(ids(published.meetings)).toEqual(['vate-2018-04']);
    expect(ids(published.news)).toEqual(['julkinen']);
    expect(ids(publicContent(content, '2018-06-01').news)).toEqual(['julkinen', 'ajastettu']);
  });

  it('drops references to what it leaves out, and nothing else', () => {
    const published = publicContent(content, '2018-05-31');
    expect(published.meetings[0]?.agenda.map((item) => item.reports)).toEqual([[], ['vali']]);
    expect(published.reports.find((report) => report.id === 'loppu')).not.toHaveProperty('answers');
    expect(published.reports[0]).toBe(content.reports[0]);
    expect(published.groups).toBe(content.groups);
    // The model it was given is unchanged.
    expect(content.meetings[0]?.agenda[1]?.reports).toEqual(['vali', 'luonnos']);
    expect(content.reports[2]?.answers).toBe('luonnos');
  });

  it('leaves every reference in the published content pointing at a published item', () => {
    const issues = validateContent(publicContent(content, '2018-05-31'));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe("releasedContent (the members' edition)", () => {
  const content = makeContent({
    groups: [makeGroup({ id: 'lape' })],
    reports: [
      makeReport({ id: 'vali', group: 'lape' }),
      makeReport({ id: 'luonnos', group: 'lape', draft: true }),
      makeReport({ id: 'salainen', group: 'lape' }),
    ],
    meetings: [
      makeMeeting({
        id: 'vate-2018-04',
        date: '2018-04-12',
        agenda: [
          { number: 1, title: 'Raportit', reports: ['vali', 'luonnos'] },
          {
            number: 2,
            title: 'Salainen asia',
            reports: ['salainen'],
            confidential: 'JulkL 24 § 1 mom. 17 k',
          },
        ],
      }),
      makeMeeting({ id: 'vate-2018-06', date: '2018-06-14', draft: true }),
    ],
    news: [news('julkinen'), news('luonnos', { draft: true })],
  });

  it('leaves out drafts and the references to them, and keeps what is confidential', () => {
    const released = releasedContent(content, '2018-05-31');
    expect(ids(released.reports)).toEqual(['vali', 'salainen']);
    expect(ids(released.meetings)).toEqual(['vate-2018-04']);
    expect(ids(released.news)).toEqual(['julkinen']);
    expect(released.meetings[0]?.agenda.map((item) => item.reports)).toEqual([['vali'], ['salainen']]);
    expect(released.meetings[0]?.agenda[1]?.confidential).toBe('JulkL 24 § 1 mom. 17 k');
    expect(ids(publicContent(content, '2018-05-31').reports)).toEqual(['vali']);
  });
});

describe('validateContent on unpublished reports', () => {
  it('warns where a published item names a draft report, and not where a draft does', () => {
    const content = makeContent({
      groups: [makeGroup({ id: 'lape' })],
      reports: [
        makeReport({ id: 'luonnos', group: 'lape', draft: true }),
        makeReport({ id: 'loppu', group: 'lape', kind: 'final', answers: 'luonnos' }),
        makeReport({ id: 'loppu-luonnos', group: 'lape', kind: 'final', answers: 'luonnos', draft: true }),
      ],
      meetings: [
        makeMeeting({
          id: 'a',
          date: '2018-04-12',
          agenda: [{ number: 1, title: 'Raportit', reports: ['luonnos'] }],
        }),
        makeMeeting({
          id: 'b',
          date: '2018-05-12',
          draft: true,
          agenda: [{ number: 1, title: 'Raportit', reports: ['luonnos'] }],
        }),
      ],
    });
    const warnings = validateContent(content).filter((issue) => issue.ruleId === 'unpublished-reference');
    expect(
      warnings.map((issue) => [
        issue.severity,
        issue.collection,
        issue.index,
        issue.path.join('.'),
        issue.message,
      ]),
    ).toEqual([
      [
        'warning',
        'reports',
        1,
        'answers',
        'raportti "luonnos" on julkaisematon luonnos (draft: true): julkaistusta raportista ei viitata siihen',
      ],
      [
        'warning',
        'meetings',
        0,
        'agenda.0.reports.0',
        'raportti "luonnos" on julkaisematon luonnos (draft: true): julkaistu esityslista ei mainitse sitä',
      ],
    ]);
  });
});
