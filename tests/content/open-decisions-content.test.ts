/**
 * The 6Aika Open Decisions API files of the repository's own content, as the site publishes
 * them (the public content for its date), validated against the specification's definitions with
 * the domain's validator, open and closed to the specification's names; and their ids, loaded
 * from a copy of the content folder twice and once more after a meeting file is added.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, publicationOf } from '@valmistelu/content';
import {
  openDecisionList,
  openDecisionObjectResources,
  openDecisionResources,
} from '@valmistelu/domain/open-decisions';
import { openDecisionValidator } from '@valmistelu/domain/test/open-decisions-validator';
import { afterAll, describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../content');

async function publicContentOf(dir: string) {
  return publicationOf(await loadContent(dir), { asOf: '2018-05-31', moment: '2018-05-31' }).content;
}

/** `resource origin_id` → id of every object with a numeric id; organizations by kind too. */
async function idsOf(dir: string): Promise<Map<string, unknown>> {
  const content = await publicContentOf(dir);
  return new Map(
    openDecisionObjectResources.flatMap((resource) =>
      openDecisionList(content, resource).objects.map((object) => [
        `${resource} ${object.classification === 'Valmisteluryhmä' ? 'group:' : ''}${object.origin_id}`,
        object.id,
      ]),
    ),
  );
}

describe('6Aika files of the example content', async () => {
  const content = await publicContentOf(contentDir);
  const lenient = openDecisionValidator(false);
  const strict = openDecisionValidator(true);

  it.each(openDecisionResources)('%s validate against the specification', (resource) => {
    const list = openDecisionList(content, resource);
    for (const validate of [lenient(resource), strict(resource)]) {
      validate(list);
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('number every decided § of the four meetings and carry the one recorded vote', () => {
    const actions = openDecisionList(content, 'actions').objects;
    expect(actions).toHaveLength(19);
    expect(actions.every((action) => typeof action.article_number === 'string')).toBe(true);
    const voted = actions.filter((action) => Array.isArray(action.votes) && action.votes.length > 0);
    expect(voted.map((action) => action.origin_id)).toEqual(['vate-2018-04-21']);
    expect(
      openDecisionList(content, 'posts').objects.filter(
        (post) => (post.organization as { origin_id: string }).origin_id === 'vate',
      ),
    ).toHaveLength(30);
    expect(
      actions.every((action) => String(action.url).startsWith('https://satakunta2019.fi/data/paatos/')),
    ).toBe(true);
  });

  describe('ids', () => {
    let work = '';
    afterAll(async () => {
      if (work) await rm(work, { recursive: true, force: true });
    });

    it('stay the same from build to build and when a meeting is added', async () => {
      work = await mkdtemp(join(tmpdir(), 'valmistelu-6aika-'));
      const copy = join(work, 'content');
      await cp(contentDir, copy, { recursive: true });
      const first = await idsOf(copy);
      expect(await idsOf(copy)).toEqual(first);
      expect(new Set(first.values()).size).toBe(first.size);

      // A meeting before every other: positions and counters would shift, the ids must not.
      await writeFile(
        join(copy, 'meetings/vate-2018-01.yaml'),
        [
          'body: vate',
          'number: 1/2018',
          'date: 2018-01-22',
          'time: "13.00"',
          'place: Satakuntaliitto, Pori',
          'agenda:',
          '  - number: 1',
          '    title: Kokouksen avaus',
          '    proposal: Todetaan kokous lailliseksi.',
          '    decision: Hyväksyttiin.',
          '',
        ].join('\n'),
      );
      const after = await idsOf(copy);
      expect(after.size).toBe(first.size + 3);
      for (const [key, id] of first) expect(after.get(key), key).toBe(id);
      expect(new Set(after.values()).size).toBe(after.size);
    }, 120_000);
  });
});
