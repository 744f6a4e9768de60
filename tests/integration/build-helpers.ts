/**
 * Runs the real `valmistelu build` in its own process and fingerprints what it wrote, for the
 * publishing guarantees: atomic, deterministic, nothing leaked.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export const repositoryRoot = join(import.meta.dirname, '../..');
/** The cache folder `valmistelu` uses when no `--cache` is given (the CLI's `defaultCacheDir`). */
export const toolCache = join(repositoryRoot, '.cache');
const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `valmistelu <args>` in its own process from `cwd`, which the CLI takes as the folder pnpm
 * ran it from (`INIT_CWD`).
 */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<BuildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliMain, ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function runBuild(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
  options: readonly string[] = [],
): Promise<BuildRun> {
  return runCli(['build', '--content', contentDir, '--out', outDir, ...options], contentDir, env);
}

/** Relative path → sha256 of every file under `dir`. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = join(entry.parentPath, entry.name);
    hashes[relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every file under `dir` whose bytes contain `needle`. */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = join(entry.parentPath, entry.name);
    if ((await readFile(file)).includes(needle)) found.push(relative(dir, file));
  }
  return found;
}

/** Added to every page and PDF a cache holds: an output file that still has it was reused, not rendered. */
export const reusedMark = '<!-- from the incremental cache -->';

/** Marks every file under `dir` that ends with `extension`; returns how many. */
export async function markCached(dir: string, extension: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension));
  for (const entry of files) await appendFile(join(entry.parentPath, entry.name), reusedMark);
  return files.length;
}

/** Whether `file` was reused from a cache marked by `markCached`. */
export const endsMarked = async (file: string) => (await readFile(file, 'latin1')).endsWith(reusedMark);
