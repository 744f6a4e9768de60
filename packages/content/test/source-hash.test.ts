/**
 * The code hash the caches key their entries with: it changes with any source file, the package
 * manifest or the lockfile, and not with where the workspace lies.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { hashPackageSources, packageFolderOf } from '../src/source-hash.ts';

const scratch: string[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'valmistelu-source-hash-'));
  scratch.push(dir);
  await mkdir(join(dir, 'packages', 'a', 'src', 'lib'), { recursive: true });
  await writeFile(join(dir, 'pnpm-lock.yaml'), 'lockfileVersion: 9.0\n');
  await writeFile(join(dir, 'packages', 'a', 'package.json'), '{"name":"a"}\n');
  await writeFile(join(dir, 'packages', 'a', 'src', 'index.ts'), 'export const a = 1;\n');
  await writeFile(join(dir, 'packages', 'a', 'src', 'lib', 'b.ts'), 'export const b = 2;\n');
  return dir;
}

test('changes with a source file, the manifest or the lockfile, not with the location', async () => {
  const dir = await workspace();
  const pkg = join(dir, 'packages', 'a');
  expect(await packageFolderOf(join(pkg, 'src', 'lib', 'b.ts'))).toBe(pkg);
  const before = await hashPackageSources([pkg]);

  const moved = join(await mkdtemp(join(tmpdir(), 'valmistelu-source-hash-')), 'elsewhere');
  scratch.push(moved);
  await cp(dir, moved, { recursive: true });
  expect(await hashPackageSources([join(moved, 'packages', 'a')])).toBe(before);

  const edits: [string, string][] = [
    [join(pkg, 'src', 'lib', 'b.ts'), 'export const b = 3;\n'],
    [join(pkg, 'package.json'), '{"name":"a","version":"2"}\n'],
    [join(dir, 'pnpm-lock.yaml'), 'lockfileVersion: 9.1\n'],
  ];
  let previous = before;
  for (const [file, text] of edits) {
    await writeFile(file, text);
    const next = await hashPackageSources([pkg]);
    expect(next, file).not.toBe(previous);
    previous = next;
  }
});
