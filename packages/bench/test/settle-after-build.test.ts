import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settleAfterBuild } from '../src/measure/settle-after-build.ts';

describe('settleAfterBuild', () => {
  let work: string;
  let outDir: string;

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'valmistelu-settle-'));
    outDir = join(work, 'build');
    await mkdir(outDir);
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('waits until the retired output beside the output is gone', async () => {
    const retired = join(work, '.build.building-4242-abc.previous');
    await mkdir(join(retired, 'raportit'), { recursive: true });
    // The remover, three looks later.
    setTimeout(() => void rm(retired, { recursive: true, force: true }), 30);
    const { settled } = await settleAfterBuild(outDir, { pollMs: 10 });
    expect(settled).toBe(true);
    expect(existsSync(retired)).toBe(false);
  });

  it('does not wait for folders of another output or for the output itself', async () => {
    await mkdir(join(work, '.other.building-4242-abc.previous'));
    await mkdir(join(work, 'cache'));
    // With no time to wait, only finding nothing to wait for settles.
    const { settled } = await settleAfterBuild(outDir, { pollMs: 10, limitMs: 0 });
    expect(settled).toBe(true);
  });

  it('says so when the limit comes first, and leaves the folder alone', async () => {
    const temporary = join(work, '.build.building-4242-def');
    await mkdir(temporary);
    const { settled } = await settleAfterBuild(outDir, { pollMs: 10, limitMs: 30 });
    expect(settled).toBe(false);
    expect(existsSync(temporary)).toBe(true);
  });
});
