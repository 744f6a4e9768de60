/**
 * Builds the site and its PDFs once for every browser test with the real `valmistelu build` (or
 * uses `VALMISTELU_SITE_DIR` when set), serves it, and hands the folder and address to the tests.
 * The build runs as a child process so that Astro's own Vite never nests inside vitest's.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { requireSystemTools } from '../../../scripts/system-tools.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseUrl: string;
    contentDir: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireSystemTools(['chromium']);
  const contentDir = process.env.VALMISTELU_CONTENT || join(repositoryRoot, 'content');
  let siteDir = process.env.VALMISTELU_SITE_DIR;
  let temporary: string | undefined;
  if (!siteDir) {
    temporary = await mkdtemp(join(tmpdir(), 'valmistelu-e2e-'));
    siteDir = join(temporary, 'site');
    await promisify(execFile)(
      process.execPath,
      [cliMain, 'build', '--content', contentDir, '--out', siteDir],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  }
  const server = await serveStatic(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('baseUrl', server.url);
  project.provide('contentDir', contentDir);
  return async () => {
    await server.close();
    if (temporary) await rm(temporary, { recursive: true, force: true });
  };
}
