/** Runs the real `valmistelu` command in its own process, as a user would from `cwd`. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

const mainScript = join(import.meta.dirname, '../src/main.ts');

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runProcess(cwd: string, args: string[], env: Record<string, string> = {}): ProcessRun {
  const child = spawnSync(process.execPath, [mainScript, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd, ...env },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/**
 * Every entry under `dir`: a file's sha256, a folder as `dir`, a link's target; for asserting
 * that a command left a tree byte-identical, empty folders and links included.
 */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const snapshot: Record<string, string> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(dir, path);
    if (entry.isDirectory()) snapshot[key] = 'dir';
    else if (entry.isSymbolicLink()) snapshot[key] = `-> ${await readlink(path)}`;
    else
      snapshot[key] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
  }
  return Object.fromEntries(Object.entries(snapshot).sort(([a], [b]) => a.localeCompare(b)));
}

/** The pid of a process that has exited: a killed build's. */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}
