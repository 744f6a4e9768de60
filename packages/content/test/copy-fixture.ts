/**
 * Builds a content folder for a test: the repository's minimal valid content with a case's files
 * laid over it. Exported for the linter's fixtures too.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, 'fixtures');
export const minimalContentDir = join(import.meta.dirname, '../../../tests/fixtures/minimal-content');

/** @param overlayDir a folder whose files replace or add to the minimal content. */
export async function contentWithOverlay(overlayDir?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'valmistelu-content-'));
  await cp(minimalContentDir, dir, { recursive: true });
  if (overlayDir) await cp(overlayDir, dir, { recursive: true });
  return dir;
}

export function contentWithCase(caseName?: string): Promise<string> {
  return contentWithOverlay(caseName ? join(fixturesDir, caseName, 'files') : undefined);
}
