/**
 * Settings every package's tests share. A snapshot or expected-output file that is missing fails
 * the run instead of being written and passing; `vitest run -u` writes them on purpose.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    update: 'none',
    // Many tests run the real CLI in a child process; on two cores shared by every package's suite
    // (turbo runs them at once) a run can take many seconds. No test asserts a time.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
