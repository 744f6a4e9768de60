/** Hand-made timelines and organisation trees, small enough to check by hand. */
import type { OrgNode } from '@valmistelu/domain/org-tree';
import { type Language, timelineSchema } from '@valmistelu/domain/schema';
import { type TimelineModel, timelineModel } from '@valmistelu/domain/timeline';

export const longLabel =
  'Strategian käsittely VATE, VATE ohry sekä MK ja SOTE hallitus & valtuusto kokouksissa koko prosessin ajan kaikissa strategian valmistelun vaiheissa';

/** The shape of the work programme: 6/2018–12/2019, month and day spans, a "?" and the elections. */
export function workProgramme(asOf = '2019-03-15', language: Language = 'fi'): TimelineModel {
  return timelineModel(
    timelineSchema.parse({
      id: 'tyoohjelma',
      title: 'Maakuntastrategian työohjelma 2018–2019',
      start: '2018-06',
      end: '2019-12',
      spans: [
        { id: 'kuukausi', label: 'Nykytilan analyysi', start: '2018-08', end: '2018-09' },
        { id: 'paiva', label: 'Kansalaiskysely', start: '2018-08-16', end: '2018-10-15' },
        {
          id: 'seminaari',
          label: 'Seminaari <ohry> & "VATE"',
          start: '2019-02',
          end: '2019-02',
          tentative: true,
        },
        { id: 'arvio', label: longLabel, start: '2018-06', end: '2019-12', estimate: true, continuous: true },
      ],
      milestones: [
        { id: 'valmis', label: 'Maakuntastrategia valmis', date: '2019-12' },
        { id: 'luonnos', label: 'Luonnos valmis', date: '2019-05-31', tentative: true },
        { id: 'vaalit', label: 'Maakuntavaalit', date: '2019-05', tentative: true, display: 'line' },
      ],
    }),
    asOf,
    language,
  );
}

/** A chart of `months` months starting 1/2015 with one row, for the axis tests. */
export function emptyYears(months: number): TimelineModel {
  const last = 2015 * 12 + months - 1;
  return timelineModel(
    timelineSchema.parse({
      id: 'pitka',
      title: 'Pitkä',
      start: '2015-01',
      end: `${Math.floor(last / 12)}-${String((last % 12) + 1).padStart(2, '0')}`,
      spans: [{ id: 'koko', label: 'Koko aika', start: '2015-01', end: '2015-06' }],
    }),
  );
}

/** Eighteen rows of ~150-character labels over nineteen months: the work programme's size. */
export function eighteenRows(): TimelineModel {
  return timelineModel(
    timelineSchema.parse({
      id: 'iso',
      title: 'Iso',
      start: '2018-06',
      end: '2019-12',
      spans: Array.from({ length: 18 }, (_, index) => ({
        id: `rivi-${index}`,
        label: `${index + 1}. ${longLabel}`,
        start: `2018-${String(6 + (index % 6)).padStart(2, '0')}`,
        end: '2019-06',
        estimate: index % 2 === 0,
        tentative: index % 5 === 0,
      })),
    }),
  );
}

const node = (
  kind: OrgNode['kind'],
  id: string,
  label: string,
  children: OrgNode[] = [],
  detail?: string,
): OrgNode => ({
  kind,
  id,
  label,
  ...(detail && { detail }),
  children,
});

const groups = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) =>
    node('group', `${prefix}-${index + 1}`, `Ryhmä ${prefix} ${index + 1}`),
  );

/** The real organisation's shape: six bodies, three lines and cross-cutting work, 33 groups. */
export function organisation(): OrgNode[] {
  const lines = [
    node('line', 'tl1', 'TL1 Sote- ja pelastuspalvelut', groups('sote', 15), 'Muutosjohtaja Terttu Nordman'),
    node(
      'line',
      'tl2',
      'TL2 Maakunnan synnyttäminen / konsernipalvelut',
      groups('konserni', 6),
      'Muutosjohtaja Jukka Mäkilä',
    ),
    node(
      'line',
      'tl3',
      'TL3 Maakunnan elinvoimapalvelut',
      [
        node('group', 'aluekehitys', 'Aluekehityspalvelut', [
          node('group', 'keskustelut', 'Aluekehityskeskustelut'),
          node('group', 'rakennerahastot', 'Rakennerahastoasiat'),
        ]),
        ...groups('elinvoima', 5),
      ],
      'Muutosjohtaja Timo Vesiluoma',
    ),
    node('cross-cutting', 'lapaiseva', 'Läpäisevä valmistelu', [
      node('group', 'viestinta', 'Maakunnan viestintä', [], 'Taru Naskali'),
      node('group', 'strategia', 'Maakuntastrategian valmistelutyön koordinointi'),
      node('group', 'turvallisuus', 'Turvallisuus ja varautuminen'),
    ]),
  ];
  const vate = node(
    'body',
    'vate',
    'Väliaikainen valmistelutoimielin',
    [
      node('body', 'pj-kokous', 'Valmisteluryhmien puheenjohtajien kokous'),
      node('body', 'projektitoimisto', 'Projektitoimisto'),
      node('body', 'yt', 'Väliaikainen YT-elin', [], '2 jäsentä + 2 jäsentä + 2 jäsentä'),
      ...lines,
    ],
    '15 jäsentä + 15 varajäsentä',
  );
  return [
    node('body', 'satakuntaliitto', 'Satakuntaliitto'),
    node('body', 'ohry', 'Vapaaehtoinen poliittinen ohjausryhmä', [vate], '15 jäsentä + 2 jäsentä'),
  ];
}
