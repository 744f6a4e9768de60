import { describe, expect, it } from 'vitest';
import { validateContent } from '../src/validate.ts';
import { makeContent, makeGroup, makeMeeting, makeReport } from './make-content.ts';

const summary = (content: ReturnType<typeof makeContent>) =>
  validateContent(content).map(
    (issue) => `${issue.collection}[${issue.index}].${issue.path.join('.')}: ${issue.message}`,
  );

describe('validateContent', () => {
  it('accepts consistent content', () => {
    expect(summary(makeContent())).toEqual([]);
  });

  it('reports a duplicate id at the second item, pointing back to the first', () => {
    const content = makeContent({ groups: [makeGroup({ id: 'lape' }), makeGroup({ id: 'lape' })] });
    const [issue] = validateContent(content);
    expect(issue).toMatchObject({ collection: 'groups', index: 1, path: ['id'], related: { index: 0 } });
    expect(issue?.message).toBe('tunniste "lape" on jo toisella kohteella (valmisteluryhmä)');
  });

  it('reports unknown references with the field path', () => {
    const content = makeContent({ groups: [makeGroup({ id: 'g', line: 'tl9', responsible: 'nobody' })] });
    expect(summary(content)).toEqual([
      'groups[0].line: tuntematon toimintalinja "tl9"',
      'groups[0].responsible: tuntematon henkilö "nobody"',
    ]);
  });

  it('names a change director who is not a known person', () => {
    const content = makeContent();
    content.lines = [
      {
        id: 'tl1',
        kind: 'line',
        number: 1,
        name: 'Sote',
        shortName: 'TL1',
        body: 'vate',
        changeDirector: 'x',
      },
    ];
    expect(summary(content)).toEqual([
      'lines[0].changeDirector: muutosjohtaja "x" ei ole tunnettu henkilö: lisää hänet henkilöihin (people.yaml)',
    ]);
  });

  it('reports an end before its start', () => {
    const content = makeContent({
      groups: [makeGroup({ id: 'g', mandate: { start: '2018-10-01', end: '2017-10-31' } })],
    });
    expect(summary(content)).toContain(
      'groups[0].mandate.end: loppupäivä 2017-10-31 on ennen alkupäivää 2018-10-01',
    );
  });

  it('reports a report outside its group’s mandate', () => {
    const content = makeContent({
      reports: [makeReport({ id: 'r', group: 'lape', period: { start: '2017-09-01', end: '2018-03-31' } })],
    });
    expect(summary(content)).toEqual([
      'reports[0].period: raportin kausi 2017-09-01–2018-03-31 on ryhmän "lape" toimikauden 2017-10-01–2018-10-31 ulkopuolella',
    ]);
  });

  it('reports an agenda item that references a missing report', () => {
    const content = makeContent({
      meetings: [
        makeMeeting({
          id: 'm',
          date: '2018-04-01',
          agenda: [{ number: 3, title: 'Raportit', reports: ['nope'] }],
        }),
      ],
    });
    expect(summary(content)).toEqual([
      'meetings[0].agenda.0.reports.0: § 3 viittaa raporttiin "nope", jota ei ole',
    ]);
  });

  it('requires § numbers to increase', () => {
    const content = makeContent({
      meetings: [
        makeMeeting({
          id: 'm',
          date: '2018-04-01',
          agenda: [
            { number: 2, title: 'A' },
            { number: 2, title: 'B' },
          ],
        }),
      ],
    });
    expect(summary(content)).toEqual(['meetings[0].agenda.1.number: § 2 ei ole suurempi kuin edellinen § 2']);
  });

  it('requires a handled report to be on some meeting’s agenda', () => {
    const content = makeContent({
      reports: [makeReport({ id: 'r', group: 'lape', state: 'approved', submitted: '2018-03-01' })],
    });
    expect(summary(content)).toEqual([
      'reports[0].state: tila "approved" vaatii kokouksen, jonka esityslistalla raportti on',
    ]);
  });
});
