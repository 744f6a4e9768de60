/**
 * The default content is in the one form the browser editor reads and saves back unchanged
 * (`valmistelu format`): each paragraph on one line, so that a writer who opens a report and
 * changes its summary leaves its body byte for byte as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMdxFile } from '@valmistelu/cli/format';
import { describe, expect, test } from 'vitest';

const contentDir = join(import.meta.dirname, '../../content');

describe('the default content', () => {
  test('is in the editor’s form: valmistelu format changes no file', async () => {
    const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    const unformatted: string[] = [];
    for (const entry of files) {
      const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
      if (formatMdxFile(text) !== text) unformatted.push(entry.name);
    }
    expect(unformatted).toEqual([]);
  });
});
