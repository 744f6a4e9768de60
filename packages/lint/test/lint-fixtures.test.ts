/**
 * The linter's fixtures: the minimal valid content with a case's files laid over it, and the
 * exact messages `check` prints for them. `UPDATE=1` rewrites the expected files. The linter gets
 * the loaded syntax trees themselves, not copies, since the PDFs render the same trees after a
 * check: here they are frozen, so a rule that changed one would throw.
 */
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { formatMessage, sortMessages } from '@valmistelu/content/messages';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../src/lint-content.ts';

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

const fixtures = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(fixtures);

describe('report linter', () => {
  it.each(cases)('%s', async (caseName) => {
    const dir = await contentWithOverlay(join(fixtures, caseName, 'files'));
    try {
      const loaded = await loadContent(dir);
      const trees = Object.values(loaded.sources).flatMap((items) => items.map((source) => source.tree));
      expect(trees.filter(Boolean).length).toBeGreaterThan(0);
      for (const tree of trees) deepFreeze(tree);
      const messages = sortMessages([...loaded.messages, ...lintContent(loaded)]);
      const actual = messages.map((message) => formatMessage(message, dir)).join('\n');
      const expectedFile = join(fixtures, caseName, 'expected.txt');
      if (process.env.UPDATE) await writeFile(expectedFile, actual ? `${actual}\n` : '');
      expect(actual).toBe((await readFile(expectedFile, 'utf8')).trimEnd());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
