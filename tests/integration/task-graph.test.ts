/**
 * Turborepo's cache must not reuse a package's typecheck or test results after a change in a
 * package it imports. `turbo run --dry=json` shows the task graph turbo would hash and run.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './build-helpers.ts';

interface DryRunTask {
  taskId: string;
  dependencies: string[];
}

let tasks: Map<string, DryRunTask>;

beforeAll(async () => {
  const turbo = join(repositoryRoot, 'node_modules/.bin/turbo');
  const { stdout } = await promisify(execFile)(turbo, ['run', 'typecheck', 'test', '--dry=json'], {
    cwd: repositoryRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  const dryRun = JSON.parse(stdout) as { tasks: DryRunTask[] };
  tasks = new Map(dryRun.tasks.map((task) => [task.taskId, task]));
}, 60_000);

/** Every task `taskId` waits for, directly or through others. */
function reachableFrom(taskId: string): Set<string> {
  const seen = new Set<string>();
  const pending = [taskId];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const dependency of tasks.get(next)?.dependencies ?? []) {
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      pending.push(dependency);
    }
  }
  return seen;
}

async function workspaceDependencies(packageFolder: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(repositoryRoot, packageFolder, 'package.json'), 'utf8'));
  const all = { ...manifest.dependencies, ...manifest.devDependencies } as Record<string, string>;
  return Object.keys(all).filter((name) => all[name]?.startsWith('workspace:'));
}

describe('task graph', () => {
  it.each(['typecheck', 'test'])("the CLI's %s hashes every workspace package it imports", async (task) => {
    const imported = await workspaceDependencies('packages/cli');
    expect(imported).toContain('@valmistelu/domain');
    const reachable = reachableFrom(`@valmistelu/cli#${task}`);
    for (const name of imported) expect(reachable, name).toContain(`${name}#transit`);
  });

  it('installs the system tools once, before any test suite', () => {
    const suites = [...tasks.keys()].filter((taskId) => taskId.endsWith('#test'));
    expect(suites.length).toBeGreaterThan(5);
    for (const suite of suites) expect(reachableFrom(suite), suite).toContain('//#system-tools');
    expect(tasks.get('//#system-tools')?.dependencies).toEqual([]);
  });
});
