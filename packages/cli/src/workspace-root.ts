/**
 * The repository root that CI reports locate files against. In a workflow the service says where
 * it checked the repository out; elsewhere the nearest folder holding `.git` above the content
 * (a folder in a clone, a file in a worktree), and failing that the current directory.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** GitHub's and GitLab's names for the checked-out repository's folder. */
const serviceRootVariables = { github: 'GITHUB_WORKSPACE', gitlab: 'CI_PROJECT_DIR' } as const;

export function workspaceRoot(
  service: keyof typeof serviceRootVariables,
  contentDir: string,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const fromService = env[serviceRootVariables[service]];
  if (fromService) return resolve(cwd, fromService);
  for (let dir = resolve(contentDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}
