import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { backendFromEnvironment } from '../src/backend-from-environment.ts';
import { contentPathInRepository } from '../src/content-path.ts';

describe('backendFromEnvironment', () => {
  test('uses the in-browser test repository when nothing is set', () => {
    expect(backendFromEnvironment({})).toEqual({ ok: true, backend: { name: 'test-repo' } });
  });

  test('reads a git host with its repository and optional settings', () => {
    expect(
      backendFromEnvironment({
        VALMISTELU_CMS_BACKEND: 'gitlab',
        VALMISTELU_CMS_REPO: 'maakunta/valmistelu',
        VALMISTELU_CMS_BASE_URL: 'https://gitlab.example.fi',
        VALMISTELU_CMS_APP_ID: 'abc',
      }),
    ).toEqual({
      ok: true,
      backend: {
        name: 'gitlab',
        repo: 'maakunta/valmistelu',
        base_url: 'https://gitlab.example.fi',
        // A self-hosted GitLab's own API, not gitlab.com's.
        api_root: 'https://gitlab.example.fi/api/v4',
        app_id: 'abc',
      },
    });
  });

  test('offers only a token when sign-in through the host would need another host', () => {
    const repo = { VALMISTELU_CMS_REPO: 'maakunta/valmistelu' };
    // GitHub without an authenticator of the site's own, GitLab and Gitea without an application.
    for (const name of ['github', 'gitlab', 'gitea']) {
      expect(backendFromEnvironment({ ...repo, VALMISTELU_CMS_BACKEND: name })).toMatchObject({
        backend: { auth_methods: ['token'] },
      });
    }
    const gitlab = backendFromEnvironment({
      ...repo,
      VALMISTELU_CMS_BACKEND: 'gitlab',
      VALMISTELU_CMS_APP_ID: 'abc',
    });
    const github = backendFromEnvironment({
      ...repo,
      VALMISTELU_CMS_BACKEND: 'github',
      VALMISTELU_CMS_BASE_URL: 'https://kirjautuminen.example.fi',
    });
    for (const result of [gitlab, github]) expect(result).not.toHaveProperty('backend.auth_methods');
    expect(github).not.toHaveProperty('backend.api_root');
  });

  test('refuses an unknown host or a git host without a repository, in Finnish', () => {
    expect(backendFromEnvironment({ VALMISTELU_CMS_BACKEND: 'svn' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ei ole tuettu/),
    });
    expect(backendFromEnvironment({ VALMISTELU_CMS_BACKEND: 'github' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/VALMISTELU_CMS_REPO puuttuu/),
    });
  });
});

describe('contentPathInRepository', () => {
  test('is the content folder’s path from the repository root', () => {
    const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
    expect(contentPathInRepository(contentDir)).toBe('content');
  });
});
