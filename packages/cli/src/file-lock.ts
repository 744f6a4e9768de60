/**
 * A lock file that serialises the swap into one output folder across processes. The file holds
 * its owner's token `<pid>-<uuid>`, new for every acquisition. A lock whose owner has died is
 * removed only by the waiter that holds the steal guard named after that very token, and only
 * if the lock still holds that token: removing a stale lock by its path alone lets a waiter that
 * saw the dead owner a moment ago remove the lock another waiter has just taken, so that both run.
 * The guard is itself such a lock, so a waiter killed while stealing does not block the others.
 */
import { randomUUID } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive, pidOf } from './process-alive.ts';

export interface LockOptions {
  /** How long to wait for a live owner before giving up. */
  timeoutMs?: number;
  pollMs?: number;
}

export class LockTimeoutError extends Error {}

/** Waits for the lock and returns its release. */
export async function acquireLock(
  lockFile: string,
  { timeoutMs = 120_000, pollMs = 20 }: LockOptions = {},
): Promise<() => Promise<void>> {
  const token = newToken();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await tryCreate(lockFile, token)) return () => removeIfHeldBy(lockFile, token);
    const holder = await readHolder(lockFile);
    if (holder !== undefined && !holderAlive(holder)) await stealFrom(lockFile, holder);
    else if (Date.now() > deadline) throw new LockTimeoutError(`toinen koonti pitää lukkoa ${lockFile}`);
    else await sleep(pollMs);
  }
}

/**
 * The pid of the process that was writing `entry` as a draft of the lock `lockFileName`, for
 * cleaning up after a killed process; undefined when `entry` is no such draft.
 */
export function lockDraftOwner(entry: string, lockFileName: string): number | undefined {
  const prefix = `${lockFileName}.`;
  if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) return undefined;
  return pidOf(entry.slice(prefix.length));
}

function newToken(): string {
  return `${process.pid}-${randomUUID()}`;
}

/** True when this call created the file holding `token`. */
async function tryCreate(path: string, token: string): Promise<boolean> {
  // Written in full beside the lock and linked into place: the lock never exists half-written,
  // and link, unlike rename, fails when the lock is already there.
  const draft = `${path}.${token}.tmp`;
  await writeFile(draft, token);
  try {
    await link(draft, path);
    return true;
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw problem;
  } finally {
    await rm(draft, { force: true });
  }
}

async function readHolder(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw problem;
  }
}

/** A token without a readable pid counts as alive: waiting is safe, removing is not. */
function holderAlive(token: string): boolean {
  const pid = pidOf(token);
  return pid === undefined || isProcessAlive(pid);
}

/**
 * Removes the lock of a dead `holder`. Tokens are never reused, so once the lock no longer holds
 * `holder` no later guard owner removes anything: releasing the guard afterwards is safe.
 */
async function stealFrom(lockFile: string, holder: string): Promise<void> {
  const guard = `${lockFile}.steal-${holder}`;
  const token = newToken();
  if (!(await tryCreate(guard, token))) {
    const guardHolder = await readHolder(guard);
    if (guardHolder !== undefined && !holderAlive(guardHolder)) await stealFrom(guard, guardHolder);
    return;
  }
  try {
    await removeIfHeldBy(lockFile, holder);
  } finally {
    await removeIfHeldBy(guard, token);
  }
}

/**
 * Between the read and the removal nobody else can take the file away: only its holder or the
 * owner of the steal guard named after its token removes it.
 */
async function removeIfHeldBy(path: string, token: string): Promise<void> {
  if ((await readHolder(path)) === token) await rm(path, { force: true });
}
