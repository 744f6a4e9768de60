/**
 * One contender for the lock in the race test: acquires it `iterations` times and logs `enter`
 * and `leave` around each hold. `abandon` exits while holding the lock, as a killed build would.
 * Exit code 3: gave up waiting.
 * Usage: node lock-race-worker.ts <lockFile> <logFile> <iterations> <hold|abandon> <timeoutMs>
 */
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { acquireLock, LockTimeoutError } from '../src/file-lock.ts';

const [lockFile = '', logFile = '', iterations = '1', mode = 'hold', timeoutMs = '60000'] =
  process.argv.slice(2);

for (let round = 0; round < Number(iterations); round++) {
  let release: () => Promise<void>;
  try {
    release = await acquireLock(lockFile, { timeoutMs: Number(timeoutMs), pollMs: 1 });
  } catch (problem) {
    if (problem instanceof LockTimeoutError) process.exit(3);
    throw problem;
  }
  appendFileSync(logFile, `enter ${process.pid}\n`);
  await sleep(2);
  appendFileSync(logFile, `leave ${process.pid}\n`);
  if (mode === 'abandon') process.exit(0);
  await release();
}
