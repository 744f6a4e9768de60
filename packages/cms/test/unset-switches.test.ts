/**
 * Switches that are off are left out of a saved file: the patterns found in the generated
 * configuration, the places they match in an entry's data, and the `preSave` handler run on a
 * real Immutable.js entry (the copy Sveltia loads, served under /admin/).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { switchesByCollection } from '../src/admin-files.ts';
import { adminFiles, buildCmsConfig } from '../src/index.ts';
import { unsetSwitchPaths, withoutUnsetSwitches } from '../src/unset-switches.ts';

const sveltiaRoot = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
/** The part of Immutable.js the tests use (its types are not a dependency of ours). */
interface ImmutableMap {
  toJS(): unknown;
}
const { fromJS, Map: ImmutableMapOf } = createRequire(join(sveltiaRoot, 'package.json'))('immutable') as {
  fromJS(value: unknown): ImmutableMap & Parameters<ReturnType<typeof withoutUnsetSwitches>>[0]['entry'];
  Map(
    value: Record<string, unknown>,
  ): ImmutableMap & Parameters<ReturnType<typeof withoutUnsetSwitches>>[0]['entry'];
};

const switches = switchesByCollection(buildCmsConfig({ backend: { name: 'test-repo' } }));

describe('switches of the generated configuration', () => {
  test('are found at the top, in objects and in list items, in every collection that has them', () => {
    expect(switches.news).toEqual(expect.arrayContaining([['featured'], ['draft']]));
    expect(switches.reports).toContainEqual(['draft']);
    expect(switches.bodies).toContainEqual(['items', '*', 'composition', '*', 'deputies']);
    expect(switches.timelines).toEqual(expect.arrayContaining([['spans', '*', 'tentative']]));
    // `example` is hidden: the editor keeps what a file has and adds nothing.
    expect(switches.news).not.toContainEqual(['example']);
  });
});

describe('unsetSwitchPaths', () => {
  test('names each switch holding false, and none that is true or absent', () => {
    const data = {
      title: 'Uutinen',
      draft: false,
      featured: true,
      items: [{ deputies: false }, { deputies: true }, {}],
    };
    const patterns = [['draft'], ['featured'], ['example'], ['items', '*', 'deputies']];
    expect(unsetSwitchPaths(data, patterns)).toEqual([['draft'], ['items', 0, 'deputies']]);
  });
});

describe('the preSave handler', () => {
  test("removes a news item's unset switches and keeps everything else", () => {
    const entry = fromJS({
      collection: 'news',
      slug: 'uutinen',
      data: { title: 'Uutinen', date: '2018-05-30', featured: false, draft: false, body: 'Teksti.' },
      i18n: {},
    });
    const saved = withoutUnsetSwitches(switches)({ entry }) as unknown as ImmutableMap;
    expect(saved.toJS()).toEqual({
      collection: 'news',
      slug: 'uutinen',
      data: { title: 'Uutinen', date: '2018-05-30', body: 'Teksti.' },
      i18n: {},
    });
  });

  test('returns nothing, so that Sveltia keeps the entry as it is, when no switch is off', () => {
    const entry = fromJS({ collection: 'news', data: { title: 'Uutinen', draft: true } });
    expect(withoutUnsetSwitches(switches)({ entry })).toBeUndefined();
    expect(withoutUnsetSwitches(switches)({ entry: ImmutableMapOf({ collection: 'news' }) })).toBeUndefined();
  });

  test('is registered by the start script, and the Immutable.js it needs is served where Sveltia asks', async () => {
    const files = await adminFiles({ backend: { name: 'test-repo' } });
    expect(String(files.get('start.js'))).toMatch(/registerEventListener\(\{\s*name: 'preSave'/);
    const bundle = String(files.get('sveltia-cms.js'));
    const asked = /`\.\/unpkg\/\$\{[^}]+\}/.test(bundle);
    expect(asked).toBe(true);
    const served = [...files.keys()].filter((name) => name.startsWith('unpkg/immutable@'));
    expect(served).toHaveLength(1);
    const [name = ''] = served;
    expect(bundle).toMatch(new RegExp(`immutable:\`\\^?${name.split('@')[1]?.split('/')[0]}\``));
    expect(String(files.get(name))).toContain('function fromJS');
  });
});
