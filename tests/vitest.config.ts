import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds and browsers are slow on two cores; no test asserts a time.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Builds share the CPU badly: one test file at a time.
    fileParallelism: false,
  },
});
