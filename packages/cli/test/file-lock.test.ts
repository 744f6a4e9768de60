/**
 * The lock that serialises publishing, raced by real processes: some die holding it, as a killed
 * build does, so the others race to take over its stale lock file.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadPid } from './run-process.ts';

const worker = join(import.meta.dirname, 'lock-race-worker.ts');
let dir: string;
let lockFile: string;
let log: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'valmistelu-lock-'));
  lockFile = join(dir, 'dist.lock');
  log = join(dir, 'log');
  await writeFile(log, '');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function runWorker(
  iterations: number,
  mode: 'hold' | 'abandon',
  { timeoutMs = 60_000, uid }: { timeoutMs?: number; uid?: number } = {},
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [worker, lockFile, log, String(iterations), mode, String(timeoutMs)],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        ...(uid === undefined ? {} : { uid, gid: uid }),
      },
    );
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** The holds in the log, in order; throws at the first overlap. */
function holdsOf(text: string): string[] {
  const holds: string[] = [];
  let holder: string | undefined;
  for (const line of text.trim().split('\n')) {
    const [event, pid] = line.split(' ');
    if (event === 'enter') {
      if (holder !== undefined) throw new Error(`${pid} entered while ${holder} held the lock`);
      holder = pid;
    } else {
      if (holder !== pid) throw new Error(`${pid} left a lock held by ${holder}`);
      holds.push(pid ?? '');
      holder = undefined;
    }
  }
  return holds;
}

describe('the publishing lock', () => {
  it('lets only one process hold it at a time, while holders die and leave stale locks', async () => {
    // Every contender starts at a lock left by a killed process (a bare pid, as earlier versions wrote).
    await writeFile(lockFile, String(deadPid()));
    const runs = [
      ...Array.from({ length: 5 }, () => runWorker(20, 'hold')),
      ...Array.from({ length: 8 }, () => runWorker(1, 'abandon')),
    ];
    expect(await Promise.all(runs)).toEqual(Array(13).fill(0));
    const holds = holdsOf(await readFile(log, 'utf8'));
    expect(holds).toHaveLength(5 * 20 + 8);
    // Nothing is left behind but, at most, the lock of the last process that died holding it.
    expect((await readdir(dir)).filter((name) => name !== 'log' && name !== 'dist.lock')).toEqual([]);
  }, 120_000);

  it('takes over a lock whose owner is gone', async () => {
    await writeFile(lockFile, String(deadPid()));
    expect(await runWorker(1, 'hold', { timeoutMs: 5_000 })).toBe(0);
    expect(holdsOf(await readFile(log, 'utf8'))).toHaveLength(1);
  });

  it('waits for a live owner that belongs to another user instead of taking its lock', async () => {
    // As root, the contender runs as nobody and the owner is this (root) process; otherwise the
    // owner is init. Either way signalling the owner fails with EPERM: it exists.
    const root = process.getuid?.() === 0;
    const owner = String(root ? process.pid : 1);
    await writeFile(lockFile, owner);
    if (root) await chmod(dir, 0o777);
    if (root) await chmod(log, 0o666);
    expect(await runWorker(1, 'hold', { timeoutMs: 300, uid: root ? 65534 : undefined })).toBe(3);
    expect(await readFile(lockFile, 'utf8')).toBe(owner);
    expect(await readFile(log, 'utf8')).toBe('');
  });
});
