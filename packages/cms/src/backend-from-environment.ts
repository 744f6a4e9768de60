/**
 * Which git host the editor saves to, from the build's environment, so that one repository's
 * files serve every deployment: `VALMISTELU_CMS_BACKEND` (`gitlab`, `github`, `gitea` or
 * `test-repo`), `VALMISTELU_CMS_REPO` (`group/project`), and optionally `VALMISTELU_CMS_BRANCH`,
 * `VALMISTELU_CMS_BASE_URL` (a self-hosted GitLab or Gitea/Forgejo) and `VALMISTELU_CMS_APP_ID`
 * (the OAuth application that lets writers sign in without a token). Without any of them the
 * editor uses Sveltia's in-browser test repository, which saves nothing outside the browser.
 *
 * What Sveltia does not derive itself:
 * - a self-hosted GitLab or Gitea/Forgejo answers its API under the same address
 *   (`/api/v4`, `/api/v1`); Sveltia would otherwise ask gitlab.com's or gitea.com's;
 * - sign-in through the host (OAuth) needs the application's id, and on GitHub also an
 *   authenticator of the site's own (`VALMISTELU_CMS_BASE_URL`): without them Sveltia's sign-in
 *   button would go through Netlify's authenticator, another host. Writers then sign in with an
 *   access token only.
 */
import type { CmsBackend } from './cms-config.ts';

export type BackendResult = { ok: true; backend: CmsBackend } | { ok: false; message: string };

const gitHosts = ['github', 'gitlab', 'gitea'] as const;

export function backendFromEnvironment(env: Readonly<Record<string, string | undefined>>): BackendResult {
  const name = env.VALMISTELU_CMS_BACKEND?.trim() || 'test-repo';
  if (name === 'test-repo') return { ok: true, backend: { name } };
  const host = gitHosts.find((candidate) => candidate === name);
  if (!host) {
    return {
      ok: false,
      message: `VALMISTELU_CMS_BACKEND="${name}" ei ole tuettu: käytä jotakin näistä: ${[...gitHosts, 'test-repo'].join(', ')}`,
    };
  }
  const repo = env.VALMISTELU_CMS_REPO?.trim();
  if (!repo || !/^[^/\s]+(\/[^/\s]+)+$/.test(repo)) {
    return {
      ok: false,
      message: `VALMISTELU_CMS_REPO puuttuu tai ei ole muotoa omistaja/repositorio (nyt "${repo ?? ''}")`,
    };
  }
  const optional = {
    branch: env.VALMISTELU_CMS_BRANCH?.trim(),
    base_url: env.VALMISTELU_CMS_BASE_URL?.trim(),
    app_id: env.VALMISTELU_CMS_APP_ID?.trim(),
  };
  const backend: CmsBackend = { name: host, repo };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(backend, { [key]: value });
  if (host !== 'github' && optional.base_url)
    backend.api_root = `${optional.base_url.replace(/\/+$/, '')}${apiPaths[host]}`;
  const canUseOAuth = host === 'github' ? Boolean(optional.base_url) : Boolean(optional.app_id);
  if (!canUseOAuth) backend.auth_methods = ['token'];
  return { ok: true, backend };
}

/** Where a self-hosted GitLab and Gitea/Forgejo answer their REST API. */
const apiPaths = { gitlab: '/api/v4', gitea: '/api/v1' } as const;
