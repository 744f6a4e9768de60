/**
 * Two projects: `integration` (the cross-package tests) and `e2e`, which builds the site once in
 * its global setup, serves it on loopback and drives Chromium against it.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // Builds and browsers are slow on two cores; no test asserts a time.
      testTimeout: 120_000,
      hookTimeout: 600_000,
      // Builds share the CPU badly: one test file at a time.
      fileParallelism: false,
      projects: [
        {
          extends: true,
          test: { name: 'integration', include: ['**/*.test.ts'], exclude: ['e2e/**', '**/node_modules/**'] },
        },
        {
          extends: true,
          test: { name: 'e2e', include: ['e2e/**/*.test.ts'], globalSetup: ['e2e/support/global-setup.ts'] },
        },
      ],
    },
  }),
);
