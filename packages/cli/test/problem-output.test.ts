/**
 * The publishing commands print problems on standard error: standard output stays the command's
 * result, so that `valmistelu pdf > list.txt` or a pipe never takes the problems for output.
 * `check` keeps printing its report on standard output (check.test.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run.ts';

let content: string;
let out: string;
beforeEach(async () => {
  content = await contentWithOverlay();
  out = await mkdtemp(join(tmpdir(), 'valmistelu-problems-out-'));
  // A content error: a channel's address that is not text.
  await writeFile(
    join(content, 'channels.yaml'),
    '- id: fb\n  name: Facebook\n  kind: facebook\n  url: 12\n',
  );
});
afterEach(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

const problem = 'channels.yaml:4:8  kentän "url" pitää olla tekstiä, nyt 12';

describe('problems of build, pdf and pack', () => {
  it('build: the located problem and the refusal on standard error, nothing on standard output', async () => {
    const result = await run(content, 'build', '--content', '.', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        problem,
        'Koontia ei tehty: korjaa virheet ensin. Aiempi julkaisu on ennallaan.',
      ]),
    );
    // Once: the site, built while the content is checked, finds it too but is stopped unheard.
    expect(result.stderr.split('\n').filter((line) => line === problem)).toHaveLength(1);
  });

  it('pdf: the located problem on standard error, nothing on standard output', async () => {
    const result = await run(content, 'pdf', '--content', '.', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toContain(problem);
  });

  it('pack: the located problem on standard error, nothing on standard output', async () => {
    const result = await run(content, 'pack', 'vate-2018-04', '--content', '.', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toContain(problem);
  });
});
