/**
 * Turborepo's cache must not reuse a package's typecheck or test results after a change in a
 * package it imports, and only the suites that drive system tools may wait for their install.
 * `turbo run --dry=json` shows the task graph turbo would hash and run.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './build-helpers.ts';

interface DryRunTask {
  taskId: string;
  directory: string;
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

  it('installs the system tools once, before the suites that drive them and no other', async () => {
    const suites = [...tasks.values()].filter((task) => task.taskId.endsWith('#test'));
    expect(suites.length).toBeGreaterThan(5);
    // A suite that drives Chromium, qpdf or poppler says so with `requireSystemTools` (one line
    // naming what is missing); exactly those wait for the install.
    const needTools: string[] = [];
    for (const suite of suites) {
      if (await callsRequireSystemTools(join(repositoryRoot, suite.directory))) needTools.push(suite.taskId);
    }
    expect(needTools.sort()).toEqual([
      '@valmistelu/cli#test',
      '@valmistelu/pdf#test',
      '@valmistelu/pdf-publish#test',
      '@valmistelu/tests#test',
    ]);
    const waiting = suites.filter((suite) => reachableFrom(suite.taskId).has('//#system-tools'));
    expect(waiting.map((suite) => suite.taskId).sort()).toEqual(needTools);
    expect(tasks.get('//#system-tools')?.dependencies).toEqual([]);
  });
});

/** Whether a package's own TypeScript (its tests and their set-up) calls `requireSystemTools`. */
async function callsRequireSystemTools(dir: string): Promise<boolean> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Installed packages and generated folders (.astro, .turbo) are not the package's own code.
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    if (entry.isDirectory() && (await callsRequireSystemTools(path))) return true;
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      if (/\brequireSystemTools\(/.test(await readFile(path, 'utf8'))) return true;
    }
  }
  return false;
}
