/**
 * The 6Aika Open Decisions API files validated against the specification's structure
 * (fixtures/6aika, see its README) with ajv: each list as its path's 200 response, events as a
 * list of `Event`; then once more with every definition closed, so that a field the
 * specification does not name (a typo such as `article_numbr`) fails, apart from the two
 * documented extensions.
 */
import { describe, expect, it } from 'vitest';
import { helsinkiDateTime, openDecisionList, openDecisionResources } from '../src/open-decisions.ts';
import { bodySchema, type Content } from '../src/schema.ts';
import { makeContent, makeGroup, makeMeeting } from './make-content.ts';
import { openDecisionValidator } from './open-decisions-validator.ts';

/** The repository's example body and a meeting with minutes, a vote and a confidential §. */
function content(): Content {
  const vate = bodySchema.parse({
    id: 'vate',
    name: 'Väliaikainen valmistelutoimielin',
    shortName: 'VATE',
    kind: 'preparatory',
    composition: [
      { count: 3, role: 'jäsentä', seat: 'jäsen' },
      { count: 3, role: 'varajäsentä', seat: 'varajäsen', deputies: true },
    ],
    members: [{ person: 'terttu', role: 'jäsen', seat: 'jäsen 1' }],
  });
  return makeContent({
    bodies: [vate],
    groups: [makeGroup({ id: 'lape', responsible: 'terttu' })],
    meetings: [
      makeMeeting({
        id: 'vate-2018-04',
        date: '2018-04-23',
        time: '13.00',
        number: '4/2018',
        minutes: {
          ended: '15.40',
          chair: 'jäsen 1',
          secretary: 'terttu',
          attendance: { others: [{ who: 'terttu', role: 'muutosjohtaja' }] },
          checkers: ['jäsen 2'],
          checked: '2018-04-26',
          publicDisplay: { start: '2018-04-27', end: '2018-05-18' },
        },
        agenda: [
          {
            number: 19,
            title: 'Avaus',
            proposal: 'Todetaan <laillisuus>.',
            decision: 'Todettiin & hyväksyttiin.',
          },
          {
            number: 20,
            title: 'Väliraportti',
            proposal: 'Merkitään tiedoksi.',
            amendments: [{ by: 'jäsen 2', seconded: 'jäsen 3', text: 'Palautetaan.' }],
            vote: { question: 'JAA pohja, EI muutos', yes: 1, no: 2 },
            decision: 'Palautettiin.',
          },
          { number: 21, title: 'Henkilöstöasia', confidential: 'JulkL 24 § 1 mom. 25 k' },
        ],
      }),
    ],
  });
}

describe('6Aika Open Decisions API files', () => {
  const lenient = openDecisionValidator(false);
  const strict = openDecisionValidator(true);

  it.each(openDecisionResources)('%s validate against the specification, closed objects too', (resource) => {
    const list = openDecisionList(content(), resource);
    for (const validate of [lenient(resource), strict(resource)]) {
      validate(list);
      expect(validate.errors ?? []).toEqual([]);
    }
    expect(list.objects.length).toBeGreaterThan(0);
    expect(list.meta.total_count).toBe(list.objects.length);
  });

  it('fail the closed check on a field the specification does not name', () => {
    const list = openDecisionList(content(), 'actions');
    const [first] = list.objects;
    const broken = { ...list, objects: [{ ...first, article_numbr: '19' }] };
    const validate = strict('actions');
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'article_numbr' },
    });
  });

  it('fail on a wrong type, as the specification types it', () => {
    const list = openDecisionList(content(), 'actions');
    const validate = lenient('actions');
    expect(validate({ ...list, objects: [{ ...list.objects[0], ordering: '1' }] })).toBe(false);
  });

  it('number each decided § and carry its decision, amendment and vote', () => {
    const actions = openDecisionList(content(), 'actions').objects;
    expect(actions.map((action) => action.article_number)).toEqual(['19', '20', undefined]);
    expect(actions[0]?.content).toMatchObject({
      type: 'decision',
      hypertext: {
        fi: '<h2>Päätösehdotus</h2><p>Todetaan &lt;laillisuus&gt;.</p><h2>Päätös</h2><p>Todettiin &amp; hyväksyttiin.</p>',
      },
    });
    expect(actions[1]?.votes).toEqual([
      expect.objectContaining({
        identifier: '§ 20',
        result: 'EI',
        counts: [
          { option: 'yes', value: 1 },
          { option: 'no', value: 2 },
          { option: 'abstain', value: 0 },
        ],
      }),
    ]);
    expect(actions[2]).toMatchObject({ case: { public: false }, content: { type: 'proposal' } });
  });

  it('list the seats of the composition as posts and meetings as events with Finnish offsets', () => {
    expect(openDecisionList(content(), 'posts').objects.map((post) => post.label)).toEqual([
      'jäsen 1',
      'jäsen 2',
      'jäsen 3',
      'varajäsen 1',
      'varajäsen 2',
      'varajäsen 3',
    ]);
    expect(openDecisionList(content(), 'events').objects[0]).toMatchObject({
      start_date: '2018-04-23T13:00:00+03:00',
      end_date: '2018-04-23T15:40:00+03:00',
      organization_id: 'vate',
    });
    expect(helsinkiDateTime('2018-02-19', '13.00')).toBe('2018-02-19T13:00:00+02:00');
  });
});
