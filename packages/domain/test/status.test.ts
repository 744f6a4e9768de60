import { describe, expect, it } from 'vitest';
import { bodyStatus, groupStatus, needsAttention, overallStatus } from '../src/status.ts';
import { makeContent, makeGroup, makeReport } from './make-content.ts';

const group = makeGroup({ id: 'lape' });

describe('groupStatus', () => {
  it('is on time when nothing is due within the window', () => {
    const status = groupStatus(group, [], '2018-01-15', 30);
    expect(status.state).toBe('on-time');
    expect(status.next).toMatchObject({ kind: 'interim', due: '2018-03-31' });
  });

  it('is due soon within the window, counting the due day itself', () => {
    expect(groupStatus(group, [], '2018-03-01', 30).state).toBe('due-soon');
    expect(groupStatus(group, [], '2018-02-28', 30).state).toBe('on-time');
    expect(groupStatus(group, [], '2018-03-31', 30).state).toBe('due-soon');
  });

  it('is late the day after a due date without a submitted report', () => {
    const status = groupStatus(group, [], '2018-04-01', 30);
    expect(status.state).toBe('late');
    expect(status.overdue.map((item) => item.due)).toEqual(['2018-03-31']);
  });

  it('counts a draft as not submitted', () => {
    const draft = makeReport({ id: 'lape-vali', group: 'lape', state: 'draft' });
    expect(groupStatus(group, [draft], '2018-04-01', 30).state).toBe('late');
  });

  it('is not late once the interim report was submitted, even after its due date', () => {
    const report = makeReport({
      id: 'lape-vali',
      group: 'lape',
      state: 'submitted',
      submitted: '2018-04-10',
    });
    const status = groupStatus(group, [report], '2018-05-01', 30);
    expect(status.state).toBe('on-time');
    expect(status.lastReport?.id).toBe('lape-vali');
    expect(status.next).toMatchObject({ kind: 'final', due: '2018-10-31' });
  });

  it('ignores a submission dated after the as-of date', () => {
    const report = makeReport({
      id: 'lape-vali',
      group: 'lape',
      state: 'submitted',
      submitted: '2018-04-10',
    });
    expect(groupStatus(group, [report], '2018-04-05', 30).state).toBe('late');
  });

  it('is done when the final report is approved and nothing is pending', () => {
    const interim = makeReport({ id: 'v', group: 'lape', state: 'noted', submitted: '2018-03-20' });
    const final = makeReport({
      id: 'l',
      group: 'lape',
      kind: 'final',
      period: { start: '2017-10-01', end: '2018-10-31' },
      state: 'approved',
      submitted: '2018-10-20',
    });
    expect(groupStatus(group, [interim, final], '2018-11-15', 30).state).toBe('done');
  });

  it('uses a report’s own due date when the schedule has none for it', () => {
    const extra = makeReport({ id: 'x', group: 'lape', due: '2018-01-31' });
    const status = groupStatus(group, [extra], '2018-02-01', 30);
    expect(status.overdue.map((item) => item.due)).toEqual(['2018-01-31']);
  });
});

describe('overallStatus', () => {
  it('rolls groups up to lines and overall, worst state first', () => {
    const content = makeContent({
      groups: [
        makeGroup({ id: 'a' }),
        makeGroup({ id: 'b', reporting: [{ kind: 'final', due: '2018-10-31' }] }),
      ],
    });
    const status = overallStatus(content, '2018-04-15');
    expect(status.lines).toHaveLength(1);
    expect(status.lines[0]?.groups.map((group) => [group.group.id, group.state])).toEqual([
      ['a', 'late'],
      ['b', 'on-time'],
    ]);
    expect(status.lines[0]?.state).toBe('late');
    expect(status.state).toBe('late');
    expect(status.counts).toEqual({ late: 1, 'due-soon': 0, 'on-time': 1, done: 0 });
  });

  it('defaults the date to the content’s as-of date', () => {
    expect(overallStatus(makeContent()).asOf).toBe('2018-05-31');
  });
});

describe('bodyStatus', () => {
  it('holds the groups of lines under the body and its sub-bodies, and no others', () => {
    const content = makeContent({
      groups: [
        makeGroup({ id: 'sote', line: 'tl1' }),
        makeGroup({ id: 'tuki', line: 'toimiston-linja' }),
        makeGroup({ id: 'muu', line: 'ohryn-linja' }),
      ],
    });
    const plainBody = { kind: 'office' as const, composition: [], members: [], appealInstructions: [] };
    content.bodies.push(
      { ...plainBody, id: 'toimisto', name: 'Projektitoimisto', parent: 'vate' },
      { ...plainBody, id: 'ohry', name: 'Ohjausryhmä' },
    );
    const line = { kind: 'cross-cutting' as const, shortName: 'L' };
    content.lines.push(
      { ...line, id: 'toimiston-linja', name: 'Toimiston linja', body: 'toimisto' },
      { ...line, id: 'ohryn-linja', name: 'Ohjausryhmän linja', body: 'ohry' },
    );
    const groupsOf = (bodyId: string) =>
      bodyStatus(content, bodyId, '2018-04-15').lines.flatMap((entry) =>
        entry.groups.map((status) => status.group.id),
      );
    expect(groupsOf('vate')).toEqual(['sote', 'tuki']);
    expect(groupsOf('toimisto')).toEqual(['tuki']);
    expect(groupsOf('ohry')).toEqual(['muu']);
    expect(bodyStatus(content, 'vate', '2018-04-15').counts).toEqual({
      late: 2,
      'due-soon': 0,
      'on-time': 0,
      done: 0,
    });
  });
});

describe('needsAttention', () => {
  it('singles out late and due-soon groups', () => {
    const asOf = (date: string) => needsAttention(groupStatus(group, [], date));
    expect(asOf('2018-01-15')).toBe(false);
    expect(asOf('2018-03-15')).toBe(true);
    expect(asOf('2018-04-15')).toBe(true);
  });
});
