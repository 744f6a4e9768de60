import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // qpdf and poppler check the real PDFs; a fresh machine gets them here, as CI does.
    globalSetup: ['test/helpers/install-pdf-tools.ts'],
  },
});
