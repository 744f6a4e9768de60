/**
 * Builds a content folder for a test: the repository's minimal valid content with a case's files
 * laid over it. Exported for the linter's fixtures too.
 */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
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

/**
 * A case's files over the minimal content; a case whose folder has a file `extends` naming
 * another case lays that case's files first, so that a family of cases (the minutes') shares a
 * valid starting point and each case holds only what it breaks.
 */
export async function contentWithCase(caseName?: string): Promise<string> {
  const dir = await contentWithOverlay();
  for (const layer of caseName ? await layersOf(caseName) : [])
    await cp(join(fixturesDir, layer, 'files'), dir, { recursive: true });
  return dir;
}

async function layersOf(caseName: string): Promise<string[]> {
  const base = await readFile(join(fixturesDir, caseName, 'extends'), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
  return base ? [...(await layersOf(base)), caseName] : [caseName];
}
