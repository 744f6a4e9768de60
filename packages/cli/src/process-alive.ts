/**
 * Whether a process still exists, for telling a killed build's leftovers from a running one's.
 * EPERM means the process exists but belongs to another user: it is alive, and what it holds is
 * not ours to remove.
 */
export function isProcessAlive(pid: number): boolean {
  // 0 and negative numbers address process groups, not one process: never read them as dead.
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (problem) {
    return (problem as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The pid at the start of a `<pid>-…` token or name, or of a bare pid (the lock files of earlier
 * versions); undefined when there is none.
 */
export function pidOf(token: string): number | undefined {
  const match = /^(\d+)(?:-|$)/.exec(token);
  return match ? Number(match[1]) : undefined;
}
