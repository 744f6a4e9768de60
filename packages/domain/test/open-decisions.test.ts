/**
 * The 6Aika Open Decisions API files validated against the definitions of the specification's
 * newest version (fixtures/6aika, see its README) with ajv: each list as `{ meta, objects }` of
 * its definition; then once more with every definition closed, so that a field the
 * specification does not name (a typo such as `article_numbr`) fails, apart from the documented
 * extension, and with absolute URLs where the specification has URLs. The ids: int64 numbers,
 * unique, the same in every build and after a meeting is added, the slugs in `origin_id`.
 */
import { describe, expect, it } from 'vitest';
import { OpenDecisionIdCollision, openDecisionIds, stableId } from '../src/open-decision-ids.ts';
import {
  helsinkiDateTime,
  type OpenDecisionObject,
  openDecisionList,
  openDecisionObjectResources,
  openDecisionResources,
} from '../src/open-decisions.ts';
import { bodySchema, type ContentModel } from '../src/schema.ts';
import { urls } from '../src/urls.ts';
import { makeContent, makeGroup, makeMeeting } from './make-content.ts';
import { openDecisionValidator } from './open-decisions-validator.ts';

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

/** A meeting with minutes, a vote and a confidential §. */
const april = makeMeeting({
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
});

/** The repository's example body, a group under it and the April meeting. */
function content(meetings = [april]): ContentModel {
  return makeContent({
    bodies: [vate],
    groups: [
      makeGroup({ id: 'lape', responsible: 'terttu' }),
      makeGroup({ id: 'vate', line: 'tl1', responsible: 'terttu' }),
    ],
    meetings,
  });
}

/** Every object's id by its origin id (its slug), per resource with numeric ids. */
function idsBySlug(of: ContentModel): Record<string, Map<unknown, unknown>> {
  return Object.fromEntries(
    openDecisionObjectResources.map((resource) => [
      resource,
      new Map(
        openDecisionList(of, resource).objects.map((object) => [
          // A body and a group may share a slug: the classification tells them apart.
          `${object.classification === 'Valmisteluryhmä' ? 'group:' : ''}${object.origin_id}`,
          object.id,
        ]),
      ),
    ]),
  );
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
    expect(validate({ ...list, objects: [{ ...list.objects[0], id: 'vate-2018-04-19' }] })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/objects/0/id', message: 'must be number' });
  });

  it('fail the strict check on a relative URL where the specification has a URL', () => {
    const list = openDecisionList(content(), 'actions');
    const validate = strict('actions');
    const relative = { ...list.objects[0], event: urls.openDecisionObject('events', 1) };
    expect(validate({ ...list, objects: [relative] })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: '/objects/0/event',
      params: { format: 'url' },
    });
  });

  it('give every numbered object a unique int64 id and its slug as origin_id', () => {
    for (const resource of openDecisionObjectResources) {
      const objects = openDecisionList(content(), resource).objects;
      const ids = objects.map((object) => object.id);
      expect(
        ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0),
        resource,
      ).toBe(true);
      expect(new Set(ids).size, resource).toBe(ids.length);
    }
    expect(openDecisionList(content(), 'actions').objects.map((action) => action.origin_id)).toEqual([
      'vate-2018-04-19',
      'vate-2018-04-20',
      'vate-2018-04-21',
    ]);
    // The body and the group share the slug "vate", not the id.
    const organizations = openDecisionList(content(), 'organizations').objects;
    expect(organizations.map((organization) => organization.origin_id)).toEqual(['vate', 'lape', 'vate']);
    expect(new Set(organizations.map((organization) => organization.id)).size).toBe(3);
  });

  it('keep every id from build to build and when a meeting is added before the others', () => {
    expect(openDecisionList(content(), 'actions')).toEqual(openDecisionList(content(), 'actions'));
    const before = idsBySlug(content());
    const february = makeMeeting({
      id: 'vate-2018-02',
      date: '2018-02-19',
      agenda: [
        { number: 1, title: 'Avaus', decision: 'Avattiin.' },
        { number: 2, title: 'Talousarvio', decision: 'Hyväksyttiin.' },
      ],
    });
    const after = idsBySlug(content([february, april]));
    for (const resource of openDecisionObjectResources) {
      for (const [slug, id] of before[resource] ?? []) {
        expect(after[resource]?.get(slug), `${resource} ${slug}`).toBe(id);
      }
    }
    expect(after.actions?.size).toBe(5);
    expect(new Set(after.actions?.values()).size).toBe(5);
  });

  it('link objects by absolute URLs of their own files, on the site', () => {
    const lists = Object.fromEntries(
      openDecisionObjectResources.map((resource) => [
        resource,
        openDecisionList(content(), resource).objects,
      ]),
    );
    const fileOf = (resource: (typeof openDecisionObjectResources)[number], object: OpenDecisionObject) =>
      `https://example.fi${urls.openDecisionObject(resource, object.id as number)}`;
    const files = new Map(
      openDecisionObjectResources.flatMap((resource) =>
        (lists[resource] ?? []).map((object) => [fileOf(resource, object), { resource, object }] as const),
      ),
    );
    for (const resource of openDecisionObjectResources) {
      for (const object of lists[resource] ?? []) expect(object.url).toBe(fileOf(resource, object));
    }
    const [action] = lists.actions ?? [];
    expect(files.get(action?.case as string)?.object.origin_id).toBe('vate-2018-04-19');
    expect(files.get(action?.event as string)).toMatchObject({
      resource: 'events',
      object: { origin_id: 'vate-2018-04' },
    });
    const [event] = lists.events ?? [];
    expect(files.get(event?.organization as string)).toMatchObject({
      resource: 'organizations',
      object: { origin_id: 'vate', name: 'Väliaikainen valmistelutoimielin' },
    });
    expect(((event?.actions ?? []) as string[]).map((url) => files.get(url)?.object.origin_id)).toEqual([
      'vate-2018-04-19',
      'vate-2018-04-20',
      'vate-2018-04-21',
    ]);
    const lape = lists.organizations?.find((organization) => organization.origin_id === 'lape');
    expect(lape).toMatchObject({ founding_date: '2017-10-01', dissolution_date: '2018-10-31' });
  });

  it('number each decided § and carry its decision, amendment and vote', () => {
    const actions = openDecisionList(content(), 'actions').objects;
    expect(actions.map((action) => action.article_number)).toEqual(['19', '20', undefined]);
    expect(actions[0]?.contents).toEqual([
      {
        origin_id: 'vate-2018-04-19-sisalto',
        ordering: 1,
        title: 'Avaus',
        type: 'decision',
        hypertext:
          '<h2>Päätösehdotus</h2><p>Todetaan &lt;laillisuus&gt;.</p><h2>Päätös</h2><p>Todettiin &amp; hyväksyttiin.</p>',
      },
    ]);
    expect(actions[1]?.votes).toEqual([
      {
        id: 'vate-2018-04-20-aanestys',
        identifier: '§ 20',
        start_date: '2018-04-23T13:00:00+03:00',
        result: 'EI',
        counts: [
          { option: 'yes', value: 1 },
          { option: 'no', value: 2 },
          { option: 'abstain', value: 0 },
        ],
      },
    ]);
    expect(actions[2]).toMatchObject({
      contents: [{ type: 'proposal', hypertext: '<h2>Salassa pidettävä</h2><p>JulkL 24 § 1 mom. 25 k</p>' }],
    });
  });

  it('list the seats of the composition as posts and meetings as events on their day', () => {
    const posts = openDecisionList(content(), 'posts').objects;
    expect(posts.map((post) => post.label)).toEqual([
      'jäsen 1',
      'jäsen 2',
      'jäsen 3',
      'varajäsen 1',
      'varajäsen 2',
      'varajäsen 3',
    ]);
    expect(openDecisionList(content(), 'memberships').objects[0]).toMatchObject({
      id: 'vate-terttu',
      person_id: 'terttu',
      post_id: posts[0]?.id,
      organization: { origin_id: 'vate' },
    });
    // The group named like the body: the same person's membership there is numbered.
    const memberships = openDecisionList(content(), 'memberships').objects.map((membership) => membership.id);
    expect(memberships).toEqual(['vate-terttu', 'lape-terttu', 'vate-terttu-2']);
    expect(openDecisionList(content(), 'events').objects[0]).toMatchObject({
      name: 'VATE 4/2018',
      start_date: '2018-04-23',
      end_date: '2018-04-23',
    });
    expect(helsinkiDateTime('2018-02-19', '13.00')).toBe('2018-02-19T13:00:00+02:00');
  });
});

describe('6Aika Open Decisions API files in another language', () => {
  /** The April meeting as the Swedish site sees it: its translation in place of its texts. */
  const swedish = (): ContentModel => {
    const finnish = content();
    return {
      ...finnish,
      bodies: [{ ...vate, name: 'Tillfälligt beredningsorgan' }],
      meetings: [
        {
          ...april,
          agenda: april.agenda.map((item) =>
            item.number === 20 ? { ...item, title: 'Mellanrapport', decision: 'Återremitterades.' } : item,
          ),
        },
      ],
    };
  };

  it('are a copy with the same objects and ids, its texts, its URLs under the language code', () => {
    const strict = openDecisionValidator(true);
    for (const resource of openDecisionResources) {
      const finnish = openDecisionList(content(), resource);
      const copy = openDecisionList(swedish(), resource, 'sv');
      const validate = strict(resource);
      validate(copy);
      expect(validate.errors ?? []).toEqual([]);
      expect(copy.objects.map((object) => object.id)).toEqual(finnish.objects.map((object) => object.id));
    }
    const action = openDecisionList(swedish(), 'actions', 'sv').objects.find(
      (object) => object.origin_id === 'vate-2018-04-20',
    );
    expect(action?.title).toBe('Mellanrapport');
    expect(JSON.stringify(action?.contents)).toContain('Återremitterades.');
    expect(action?.url).toBe(`https://example.fi/sv/data/paatos/actions/${String(action?.id)}.json`);
    expect(action?.event).toMatch(/^https:\/\/example\.fi\/sv\/data\/paatos\/events\/\d+\.json$/);
    const organization = openDecisionList(swedish(), 'organizations', 'sv').objects.find(
      (object) => object.origin_id === 'vate' && object.classification !== 'Valmisteluryhmä',
    );
    expect(organization?.name).toBe('Tillfälligt beredningsorgan');
    expect(urls.openDecisions('events', 'sv')).toBe('/sv/data/paatos/events.json');
  });
});

describe('6Aika ids', () => {
  it('are 64-bit FNV-1a folded into the safe integers, pinned: a change would renumber published data', () => {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector).
    expect(stableId('a')).toBe(Number(0xaf63dc4c8601ec8cn % (2n ** 53n - 1n)) + 1);
    expect(stableId('actions:vate-2018-04-19')).toBe(7761454555322163);
  });

  it('refuse two keys with one id, naming both, and give a repeated key its one id', () => {
    const collide = () => openDecisionIds(['actions:a-1', 'actions:b-1'], () => 42);
    expect(collide).toThrow(OpenDecisionIdCollision);
    expect(collide).toThrow('"actions:a-1" ja "actions:b-1"');
    expect([...openDecisionIds(['events:x', 'events:x'])]).toEqual([['events:x', stableId('events:x')]]);
  });
});
