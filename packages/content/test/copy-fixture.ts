/** Builds a content folder for a test: the valid base fixture with a case's files laid over it. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, 'fixtures');

export async function contentWithCase(caseName?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'valmistelu-content-'));
  await cp(join(fixturesDir, '_base'), dir, { recursive: true });
  if (caseName) await cp(join(fixturesDir, caseName, 'files'), dir, { recursive: true });
  return dir;
}
