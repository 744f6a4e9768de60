import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/cli-io.ts';
import { firstTrackedFile } from '../src/tracked-files.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-tracked-'));
  await mkdir(join(work, 'vapaa'), { recursive: true });
  await writeFile(join(work, 'vapaa', 'muistio.txt'), 'ei gitissä\n');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('firstTrackedFile', () => {
  it('names a tracked file of the repository, relative to the folder', async () => {
    const folder = join(repositoryRoot, 'packages', 'cli');
    const tracked = await firstTrackedFile(folder);
    expect(tracked).toBeDefined();
    expect(existsSync(join(folder, tracked ?? ''))).toBe(true);
    expect(tracked).not.toMatch(/^packages\//);
  });

  it('finds none in a folder outside any repository', async () => {
    expect(await firstTrackedFile(join(work, 'vapaa'))).toBeUndefined();
  });

  it('asks the repository of the folder, also when a git hook has set GIT_DIR', async () => {
    const gitDir = resolve(
      repositoryRoot,
      execFileSync('git', ['rev-parse', '--git-dir'], { cwd: repositoryRoot, encoding: 'utf8' }).trim(),
    );
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = gitDir;
    try {
      expect(await firstTrackedFile(join(work, 'vapaa'))).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });
});
