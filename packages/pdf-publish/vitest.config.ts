import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // qpdf and poppler read the published PDFs back; a missing tool fails the suite in one line.
      globalSetup: ['test/helpers/require-pdf-tools.ts'],
    },
  }),
);
