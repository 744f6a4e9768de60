import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenTree, organisationTree } from '../src/org-tree.ts';
import type { Body } from '../src/schema.ts';
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

  it('refuses a group parent cycle at the parent field of each group in it', () => {
    const content = makeContent({
      groups: [
        makeGroup({ id: 'lape' }),
        makeGroup({ id: 'a', parent: 'b' }),
        makeGroup({ id: 'b', parent: 'a' }),
        makeGroup({ id: 'c', parent: 'a' }),
      ],
    });
    expect(summary(content)).toEqual([
      'groups[1].parent: parent-kentät kiertävät kehää a → b → a: valmisteluryhmä "a" jäisi pois organisaatiokaaviosta',
      'groups[2].parent: parent-kentät kiertävät kehää b → a → b: valmisteluryhmä "b" jäisi pois organisaatiokaaviosta',
    ]);
  });

  it('refuses a group that is its own parent', () => {
    const content = makeContent({ groups: [makeGroup({ id: 'lape', parent: 'lape' })] });
    expect(summary(content)).toEqual([
      'groups[0].parent: valmisteluryhmä "lape" ei voi olla itsensä yläpuolella (parent): se jäisi pois organisaatiokaaviosta',
    ]);
  });

  it('refuses a body parent cycle and a body that is its own parent', () => {
    const body = (id: string, parent: string): Body => ({
      id,
      name: id,
      kind: 'subgroup',
      parent,
      composition: [],
      members: [],
      appealInstructions: [],
    });
    const content = makeContent();
    content.bodies.push(body('x', 'y'), body('y', 'z'), body('z', 'x'), body('self', 'self'));
    expect(summary(content)).toEqual([
      'bodies[1].parent: parent-kentät kiertävät kehää x → y → z → x: toimielin "x" jäisi pois organisaatiokaaviosta',
      'bodies[2].parent: parent-kentät kiertävät kehää y → z → x → y: toimielin "y" jäisi pois organisaatiokaaviosta',
      'bodies[3].parent: parent-kentät kiertävät kehää z → x → y → z: toimielin "z" jäisi pois organisaatiokaaviosta',
      'bodies[4].parent: toimielin "self" ei voi olla itsensä yläpuolella (parent): se jäisi pois organisaatiokaaviosta',
    ]);
  });

  it('leaves no group or body out of the organisation chart without a parent issue on its way up', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const parents = fc.array(fc.option(fc.constantFrom(...ids, 'tuntematon'), { nil: undefined }), {
      minLength: ids.length,
      maxLength: ids.length,
    });
    fc.assert(
      fc.property(parents, parents, (groupParents, bodyParents) => {
        const content = makeContent({
          groups: ids.map((id, at) => makeGroup({ id, parent: groupParents[at] })),
          bodies: ids.map((id, at) => ({
            id,
            name: id,
            kind: 'subgroup',
            parent: bodyParents[at],
            composition: [],
            members: [],
            appealInstructions: [],
          })),
        });
        content.lines = content.lines.map((line) => ({ ...line, body: 'a' }));
        const shown = new Set(
          flattenTree(organisationTree(content)).map((node) => `${node.kind}:${node.id}`),
        );
        const flagged = new Set(
          validateContent(content)
            .filter((issue) => issue.path.join('.') === 'parent')
            .map((issue) => `${issue.collection}:${content[issue.collection][issue.index]?.id}`),
        );
        const climbsToFlagged = (collection: 'groups' | 'bodies', id: string) => {
          const items: readonly { id: string; parent?: string | undefined }[] = content[collection];
          const climbed = new Set<string>();
          for (let at = items.find((item) => item.id === id); at && !climbed.has(at.id); ) {
            if (flagged.has(`${collection}:${at.id}`)) return true;
            climbed.add(at.id);
            const parent: string | undefined = at.parent;
            at = items.find((item) => item.id === parent);
          }
          return false;
        };
        for (const id of ids) {
          const groupExplained = climbsToFlagged('groups', id) || climbsToFlagged('bodies', 'a');
          expect({ group: id, explained: groupExplained || shown.has(`group:${id}`) }).toEqual({
            group: id,
            explained: true,
          });
          expect({ body: id, explained: climbsToFlagged('bodies', id) || shown.has(`body:${id}`) }).toEqual({
            body: id,
            explained: true,
          });
          if (shown.has(`group:${id}`)) expect(flagged.has(`groups:${id}`)).toBe(false);
          if (shown.has(`body:${id}`)) expect(flagged.has(`bodies:${id}`)).toBe(false);
        }
      }),
    );
  });

  it('refuses a final report that answers itself', () => {
    const content = makeContent({
      reports: [makeReport({ id: 'loppu', group: 'lape', kind: 'final', answers: 'loppu' })],
    });
    expect(summary(content)).toEqual([
      'reports[0].answers: raportti ei voi vastata itseensä: answers-kenttään kuuluu väliraportin tunniste',
    ]);
  });

  it('refuses a final report that answers another final report', () => {
    const content = makeContent({
      reports: [
        makeReport({ id: 'vali', group: 'lape' }),
        makeReport({ id: 'loppu', group: 'lape', kind: 'final', answers: 'vali' }),
        makeReport({ id: 'toinen', group: 'lape', kind: 'final', answers: 'loppu' }),
      ],
    });
    expect(summary(content)).toEqual([
      'reports[2].answers: answers-kenttään kuuluu väliraportin tunniste, mutta "loppu" on loppuraportti',
    ]);
  });
});
