/**
 * The default content is the organisation of the seed documents, complete and valid.
 * The names below are copied from the seeds' inventory (../shared/seeds/README.md).
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { flattenTree, organisationTree } from '@valmistelu/domain/org-tree';
import { lintContent } from '@valmistelu/lint';
import { beforeAll, describe, expect, it } from 'vitest';

const seedGroups = {
  tl1: [
    'Lasten ja perheiden muutosohjelma (LAPE)',
    'Vammaispalvelut',
    'Aikuispalvelut',
    'Päihde- ja mielenterveyspalvelut',
    'Ikääntyneiden palvelut (I&O)',
    'Päivystys 24 h',
    'Hyvinvoinnin ja terveyden edistäminen',
    'Ympäristöterveydenhuolto',
    'Sairaanhoitoon liittyvät tukipalvelut',
    'Monitieteinen sote-alan kehittämisyksikkö',
    'Muut tukipalvelut',
    'Tuotteistus',
    'Sidosryhmäyhteistyö',
    'Palveluverkon kehittäminen',
    'Turvallisuus ja varautuminen',
  ],
  tl2: [
    'Talous',
    'Hallinto sekä konserni- ja omistajaohjaus',
    'Henkilöstöhallinto ja -siirrot',
    'Tietohallinto ja ICT',
    'Sopimusten hallinta',
    'Kiinteistöselvitys',
  ],
  tl3: [
    'Aluekehityspalvelut',
    'Aluekehityskeskustelut',
    'Rakennerahastoasiat',
    'Kasvupalvelut',
    'Alueiden käytön palvelut',
    'Ympäristöpalvelut',
    'Liikennepalvelut',
    'Maaseutu- ja lomituspalvelut',
  ],
  crossCutting: [
    'Maakunnan viestintä',
    'Maakuntastrategian valmistelutyön koordinointi',
    'Turvallisuus ja varautuminen',
  ],
};
const seedPeople = [
  'Terttu Nordman',
  'Jukka Mäkilä',
  'Timo Vesiluoma',
  'Tuomas Hatanpää',
  'Kaisa Kausto-Uski',
  'Arttu Perttula',
  'Päivi Vuorinen',
  'Mia Hietapakka',
  'Taru Naskali',
  'Mari Niemi',
];

let loaded: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  loaded = await loadContent(join(import.meta.dirname, '../../content'));
});

/** "Turvallisuus ja varautuminen (sote)" is the seeds' sote group of that name. */
const baseName = (name: string) => name.replace(/\s*\(sote\)$/, '');

describe('the default content', () => {
  it('passes check with no errors', () => {
    const errors = [...loaded.messages, ...lintContent(loaded)].filter(
      (message) => message.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it.each(Object.entries(seedGroups))(
    'holds every %s group of the seeds under the right line',
    (key, names) => {
      const { content } = loaded;
      const line = content.lines.find((candidate) =>
        key === 'crossCutting' ? candidate.kind === 'cross-cutting' : candidate.id === key,
      );
      expect(line, `line ${key}`).toBeDefined();
      const groupNames = content.groups
        .filter((group) => group.line === line?.id)
        .map((group) => baseName(group.name));
      expect(groupNames).toEqual(expect.arrayContaining(names));
    },
  );

  it('has the three lines with their change directors, and every named person', () => {
    const { content } = loaded;
    const name = (id: string) => content.people.find((person) => person.id === id)?.name;
    const directors = content.lines.flatMap((line) =>
      line.kind === 'line' ? [[line.shortName, name(line.changeDirector)]] : [],
    );
    expect(directors).toEqual([
      ['TL1', 'Terttu Nordman'],
      ['TL2', 'Jukka Mäkilä'],
      ['TL3', 'Timo Vesiluoma'],
    ]);
    expect(content.people.map((person) => person.name)).toEqual(expect.arrayContaining(seedPeople));
  });

  it('has every body with its composition', () => {
    const compositions = Object.fromEntries(
      loaded.content.bodies.map((body) => [body.name, body.composition.map((part) => part.count).join('+')]),
    );
    expect(compositions).toMatchObject({
      'Vapaaehtoinen poliittinen ohjausryhmä': '15+2',
      'Väliaikainen valmistelutoimielin': '15+15',
      'Väliaikainen YT-elin': '2+2+2',
    });
    expect(Object.keys(compositions)).toEqual(
      expect.arrayContaining(['Projektitoimisto', 'Satakuntaliitto']),
    );
  });

  it('puts every body, line and group in the organisation tree', () => {
    const { content } = loaded;
    const inTree = new Set(flattenTree(organisationTree(content)).map((node) => `${node.kind}:${node.id}`));
    for (const body of content.bodies) expect(inTree).toContain(`body:${body.id}`);
    for (const group of content.groups) expect(inTree).toContain(`group:${group.id}`);
    expect(content.lines.every((line) => inTree.has(`${line.kind}:${line.id}`))).toBe(true);
  });

  it('has the 18 rows of the strategy work programme, estimated, with the tentative seminar', () => {
    const programme = loaded.content.timelines.find((timeline) => timeline.spans.length === 18);
    expect(programme?.start.value).toBe('2018-06');
    expect(programme?.end.value).toBe('2019-12');
    expect(programme?.spans.every((span) => span.estimate)).toBe(true);
    const seminar = programme?.spans.find((span) => span.label.includes('seminaari'));
    expect(seminar).toMatchObject({ tentative: true, start: { value: '2019-02' } });
    expect(
      programme?.milestones.some((milestone) => milestone.tentative && milestone.display === 'line'),
    ).toBe(true);
  });

  it('has example material that exercises every feature, marked as example', () => {
    const { content } = loaded;
    const examples = content.reports.filter((report) => report.example);
    const lineOf = (groupId: string) => content.groups.find((group) => group.id === groupId)?.line;
    const interimLines = new Set(
      examples.filter((report) => report.kind === 'interim').map((report) => lineOf(report.group)),
    );
    expect([...interimLines]).toEqual(expect.arrayContaining(['tl1', 'tl2', 'tl3']));
    expect(examples.filter((report) => report.kind === 'final').length).toBeGreaterThanOrEqual(2);
    expect(content.news.filter((item) => item.example).length).toBeGreaterThanOrEqual(3);
    const vateMeetings = content.meetings.filter((meeting) => meeting.body === 'vate' && meeting.example);
    expect(vateMeetings.length).toBeGreaterThanOrEqual(3);
    expect(vateMeetings.every((meeting) => meeting.agenda.some((item) => item.reports.length > 0))).toBe(
      true,
    );
  });
});
