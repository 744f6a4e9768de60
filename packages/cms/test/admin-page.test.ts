/** The editor's page: a warning on its first screen whenever it saves only into the browser. */
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { adminFiles, testRepositoryWarning } from '../src/admin-files.ts';

async function warningOf(backend: Parameters<typeof adminFiles>[0]['backend']): Promise<string | undefined> {
  const files = await adminFiles({ backend });
  const page = new DOMParser().parseFromString(String(files.get('index.html')), 'text/html');
  return page.querySelector('aside#kokeilutila')?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('the editor page', () => {
  test('without a git host says in Finnish that nothing saved reaches the site, and how to sign in', async () => {
    const text = await warningOf({ name: 'test-repo' });
    expect(text).toContain('mitään täällä tallennettua ei julkaista sivustolla');
    expect(text).toContain('VALMISTELU_CMS_BACKEND');
    expect(text).toBe(`${testRepositoryWarning.title} ${testRepositoryWarning.text}`);
  });

  test('with a git host has no warning', async () => {
    expect(await warningOf({ name: 'gitlab', repo: 'maakunta/valmistelu' })).toBeUndefined();
  });
});
