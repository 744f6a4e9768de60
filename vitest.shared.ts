/**
 * Settings every package's tests share. A snapshot or expected-output file that is missing fails
 * the run instead of being written and passing; `vitest run -u` writes them on purpose.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    update: 'none',
  },
});
