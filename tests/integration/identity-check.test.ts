/**
 * `valmistelu check` on a copy of the default content whose `site.yaml` sets a primary colour
 * white text cannot be read on, and a logo that is not there: both refused at once, each at its
 * line and column in `site.yaml`, the colour with its measured contrast ratio.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { repositoryRoot } from './build-helpers.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'valmistelu-identity-'));
  await cp(join(repositoryRoot, 'content'), join(dir, 'content'), { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Line and column (1-based) where the value at `path` starts in a YAML text. */
function positionOf(text: string, path: string[]): string {
  const node = parseDocument(text).getIn(path, true) as { range?: [number, number, number] };
  const offset = node.range?.[0] ?? -1;
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

test('check refuses a light primary colour with its ratio, and a missing logo, at their positions', async () => {
  const file = join(dir, 'content', 'site.yaml');
  const text = (await readFile(file, 'utf8'))
    .replace(/primary: "#[0-9a-f]{6}"/, 'primary: "#7fb2d9"')
    .replace(/logo: \S+/, 'logo: kuvat/ei-ole.svg');
  await writeFile(file, text);
  const run = spawnSync(
    process.execPath,
    [join(repositoryRoot, 'packages/cli/src/main.ts'), 'check', '--content', join(dir, 'content')],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } },
  );
  expect(run.status).toBe(1);
  const lines = run.stdout.split('\n').filter((line) => line.startsWith('content/site.yaml:'));
  expect(lines).toEqual([
    `content/site.yaml:${positionOf(text, ['identity', 'logo'])}  kuvatiedostoa "kuvat/ei-ole.svg" ei löydy`,
    `content/site.yaml:${positionOf(text, ['identity', 'colors', 'primary'])}  kenttä "identity.colors.primary": pääväri #7fb2d9 on liian vaalea: valkoisen tekstin ja sen kontrasti on 2,26:1, vähintään 4,5:1 vaaditaan (sama koskee linkkejä valkoisella taustalla); valitse tummempi sävy`,
  ]);
});
