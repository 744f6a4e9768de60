/**
 * The suites that drive no system tool run wherever Node runs: no root, no Chromium, no qpdf or
 * poppler. The domain's suite runs here with a PATH that holds node's own folder and nothing else.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageInstaller, systemTools } from '../../scripts/system-tools.ts';
import { repositoryRoot } from './build-helpers.ts';

const domainDir = join(repositoryRoot, 'packages/domain');
const vitestCli = join(
  dirname(createRequire(join(domainDir, 'package.json')).resolve('vitest/package.json')),
  'vitest.mjs',
);
/** What a contributor's machine with only Node has: no system tool, and no shell tools either. */
const nodeOnly = { PATH: dirname(process.execPath), HOME: tmpdir() };

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-no-tools-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('without system tools', () => {
  it('finds none of them on the PATH it gives the suite', () => {
    for (const tool of [...Object.keys(systemTools), packageInstaller, 'sh']) {
      const found = spawnSync(tool, ['--version'], { env: nodeOnly });
      expect((found.error as NodeJS.ErrnoException | undefined)?.code, tool).toBe('ENOENT');
    }
  });

  it('runs the domain suite to the end, every test passing', async () => {
    const report = join(work, 'domain.json');
    await promisify(execFile)(
      process.execPath,
      [vitestCli, 'run', '--reporter=json', `--outputFile=${report}`],
      {
        cwd: domainDir,
        env: nodeOnly,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const result = JSON.parse(await readFile(report, 'utf8')) as {
      success: boolean;
      numTotalTests: number;
      numPassedTests: number;
      numTotalTestSuites: number;
    };
    expect(result.success).toBe(true);
    expect(result.numTotalTestSuites).toBeGreaterThan(10);
    expect(result.numPassedTests).toBe(result.numTotalTests);
    expect(result.numTotalTests).toBeGreaterThan(100);
  }, 300_000);
});
