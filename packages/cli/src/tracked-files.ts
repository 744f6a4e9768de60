/**
 * Whether a folder holds files that git tracks: replacing such a folder would delete work kept in
 * a repository (`--out packages --force` inside this one, or a folder of any other repository).
 */
import { spawn } from 'node:child_process';

/**
 * One file under `dir` that git tracks, relative to `dir`, or undefined when there is none: the
 * folder is in no repository, its files are untracked or ignored, or git is not installed.
 * Stops git at the first name, so that a folder of a large repository costs no more than a small one.
 */
export function firstTrackedFile(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // safe.directory: a repository owned by another user is still a repository to protect.
    // Without GIT_DIR and the like, which a git hook running the command sets: git then finds
    // the repository of `dir` itself, not the one the hook is for.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
    const git = spawn('git', ['-c', 'safe.directory=*', 'ls-files', '-z', '--', '.'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let listed = '';
    let found: string | undefined;
    git.stdout.setEncoding('utf8');
    git.stdout.on('data', (chunk: string) => {
      listed += chunk;
      const end = listed.indexOf('\0');
      if (end < 0 || found !== undefined) return;
      found = listed.slice(0, end);
      git.kill();
    });
    // ENOENT (no git, or the folder went away) and a folder outside any repository: nothing tracked.
    git.on('error', () => resolve(undefined));
    git.on('close', () => resolve(found));
  });
}
