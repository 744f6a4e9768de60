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
        app_id: 'abc',
      },
    });
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
