/**
 * The 6Aika Open Decisions API files of the repository's own content, as the site publishes
 * them (the public content for its date), validated against the specification's structure with
 * the domain's validator, open and closed to the specification's names.
 */
import { join } from 'node:path';
import { loadContent, publicationOf } from '@valmistelu/content';
import { openDecisionList, openDecisionResources } from '@valmistelu/domain/open-decisions';
import { openDecisionValidator } from '@valmistelu/domain/test/open-decisions-validator';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../content');

describe('6Aika files of the example content', async () => {
  const loaded = await loadContent(contentDir);
  const { content } = publicationOf(loaded, { asOf: '2018-05-31', moment: '2018-05-31' });
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
    expect(voted.map((action) => action.id)).toEqual(['vate-2018-04-21']);
    expect(
      openDecisionList(content, 'posts').objects.filter(
        (post) => post.organization && (post.organization as { id: string }).id === 'vate',
      ),
    ).toHaveLength(30);
  });
});
