import { describe, expect, it } from 'vitest';
import { groupScheduleItems, reportsDueBefore, resolveDueDate } from '../src/schedule.ts';
import type { Meeting } from '../src/schema.ts';
import { makeGroup, makeMeeting, makeReport } from './make-content.ts';

describe('resolveDueDate', () => {
  it('takes the scheduled date of the report’s kind', () => {
    const group = makeGroup({ id: 'g' });
    const report = makeReport({
      id: 'r',
      group: 'g',
      kind: 'final',
      period: { start: '2018-01-01', end: '2018-10-31' },
    });
    expect(resolveDueDate(report, group, [report])).toBe('2018-10-31');
  });

  it('gives successive interim reports successive scheduled dates', () => {
    const group = makeGroup({
      id: 'g',
      reporting: [
        { kind: 'interim', due: '2018-06-30' },
        { kind: 'interim', due: '2018-02-28' },
      ],
    });
    const first = makeReport({ id: 'a', group: 'g' });
    const second = makeReport({ id: 'b', group: 'g' });
    expect(resolveDueDate(first, group, [first, second])).toBe('2018-02-28');
    expect(resolveDueDate(second, group, [first, second])).toBe('2018-06-30');
  });
});

describe('groupScheduleItems', () => {
  it('matches reports to scheduled items and keeps unmatched items open', () => {
    const group = makeGroup({ id: 'g' });
    const report = makeReport({ id: 'r', group: 'g', state: 'submitted', submitted: '2018-03-30' });
    const items = groupScheduleItems(group, [report]);
    expect(items.map((item) => [item.kind, item.due, item.report?.id])).toEqual([
      ['interim', '2018-03-31', 'r'],
      ['final', '2018-10-31', undefined],
    ]);
  });
});

describe('reportsDueBefore', () => {
  const groups = [
    makeGroup({ id: 'g' }),
    makeGroup({ id: 'h', reporting: [{ kind: 'interim', due: '2018-01-31' }] }),
  ];

  it('lists items due since the body’s previous meeting, and older ones still missing', () => {
    const meetings = [
      makeMeeting({ id: 'm1', date: '2018-02-15' }),
      makeMeeting({ id: 'm2', date: '2018-04-10' }),
    ];
    const due = reportsDueBefore({ groups, reports: [], meetings }, meetings[1] as Meeting);
    expect(due.map((item) => `${item.group}:${item.due}`)).toEqual(['h:2018-01-31', 'g:2018-03-31']);
  });

  it('leaves out older items whose report was submitted', () => {
    const meetings = [
      makeMeeting({ id: 'm1', date: '2018-02-15' }),
      makeMeeting({ id: 'm2', date: '2018-04-10' }),
    ];
    const reports = [makeReport({ id: 'r', group: 'h', state: 'submitted', submitted: '2018-01-30' })];
    const due = reportsDueBefore({ groups, reports, meetings }, meetings[1] as Meeting);
    expect(due.map((item) => item.group)).toEqual(['g']);
  });

  it('ignores meetings of other bodies when finding the previous meeting', () => {
    const meetings = [
      makeMeeting({ id: 'o', body: 'ohry', date: '2018-03-01' }),
      makeMeeting({ id: 'm', date: '2018-04-10' }),
    ];
    const due = reportsDueBefore({ groups, reports: [], meetings }, meetings[1] as Meeting);
    expect(due.map((item) => item.group)).toEqual(['h', 'g']);
  });
});
