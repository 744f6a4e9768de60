/**
 * The build caches as the publishing workflows keep them: the paths are read from the workflow
 * files themselves, a first clone is built, only those paths move to a second clone (at the same
 * place, as a CI runner checks every run out into the same workspace) with one report edited, and
 * the second build renders only what shows the edit and gives exactly what a clean build gives.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { defaultCacheDir } from '@valmistelu/cli/cli-io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { endsMarked, hashTree, markCached, repositoryRoot, runBuild } from './build-helpers.ts';

const editedReport = 'aluekehityspalvelut-valiraportti';
const editedGroup = 'aluekehityspalvelut';

/** The folders each workflow saves and restores around its build, relative to the checkout. */
async function workflowCachePaths(): Promise<{ github: string[]; gitlab: string[] }> {
  const github = parse(await readFile(join(repositoryRoot, '.github/workflows/publish.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { uses?: string; with?: { path?: string } }[] }>;
  };
  const gitlab = parse(await readFile(join(repositoryRoot, '.gitlab-ci.yml'), 'utf8')) as {
    build: { cache?: { paths?: string[] } };
  };
  const cacheSteps = Object.values(github.jobs).flatMap((job) =>
    job.steps.filter((step) => step.uses?.startsWith('actions/cache@')),
  );
  const folder = (path: string) => normalize(path.trim()).replace(/\/$/, '');
  return {
    github: cacheSteps
      .flatMap((step) => (step.with?.path ?? '').split('\n'))
      .filter(Boolean)
      .map(folder)
      .sort(),
    gitlab: (gitlab.build.cache?.paths ?? []).map(folder).sort(),
  };
}

let work: string;
let cachePaths: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-ci-cache-'));
  const { github, gitlab } = await workflowCachePaths();
  expect(github.length).toBeGreaterThan(0);
  expect(gitlab).toEqual(github);
  cachePaths = github;
});

afterAll(() => rm(work, { recursive: true, force: true }));

/**
 * A checkout with the default content, built as the workflows build: the CLI's cache is its
 * default, `.cache` in the checkout (here given as `--cache`, since the tool runs from this
 * repository, not from the checkout).
 */
const checkout = (name: string) => ({
  dir: join(work, name),
  content: join(work, name, 'content'),
  cache: join(work, name, '.cache'),
  out: join(work, name, 'dist'),
});
type Checkout = ReturnType<typeof checkout>;

async function freshCheckout(name: string, reportTitle?: string): Promise<Checkout> {
  const at = checkout(name);
  await rm(at.dir, { recursive: true, force: true });
  await mkdir(at.dir, { recursive: true });
  await cp(join(repositoryRoot, 'content'), at.content, { recursive: true });
  if (reportTitle) {
    const file = join(at.content, 'reports', `${editedReport}.mdx`);
    const text = await readFile(file, 'utf8');
    const next = text.replace(/^title: .*$/m, `title: ${reportTitle}`);
    expect(next).not.toBe(text);
    await writeFile(file, next);
  }
  return at;
}

async function build(at: Checkout): Promise<void> {
  const run = await runBuild(at.content, at.out, {}, ['--cache', at.cache]);
  expect(run.stderr).toBe('');
  expect(run.code, run.stdout).toBe(0);
}

/** As CI does between two runs: the cached paths saved, the workspace checked out anew, restored. */
async function nextRun(previous: Checkout, reportTitle: string): Promise<Checkout> {
  const saved = join(work, 'saved');
  await rm(saved, { recursive: true, force: true });
  for (const path of cachePaths) {
    await mkdir(join(saved, path, '..'), { recursive: true });
    await rename(join(previous.dir, path), join(saved, path));
  }
  const next = await freshCheckout('workspace', reportTitle);
  for (const path of cachePaths) {
    await mkdir(join(next.dir, path, '..'), { recursive: true });
    await rename(join(saved, path), join(next.dir, path));
  }
  return next;
}

describe('the CI build cache', () => {
  it("is the CLI's default cache folder, the same path in both workflows", () => {
    expect(cachePaths).toEqual([defaultCacheDir.slice(repositoryRoot.length + 1)]);
  });

  it('moved to the next run with an edit, gives exactly what a clean build gives', async () => {
    const first = await freshCheckout('workspace');
    await build(first);
    const second = await nextRun(first, 'Aluekehityspalvelujen väliraportti (korjattu)');
    await build(second);
    const clean = await freshCheckout('clean', 'Aluekehityspalvelujen väliraportti (korjattu)');
    await build(clean);
    const files = await hashTree(clean.out);
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(await hashTree(second.out)).toEqual(files);
  }, 900_000);

  it('moved to the next run, renders again only the pages and PDFs that show the edit', async () => {
    const previous = checkout('workspace');
    // Every page and PDF the restored cache holds is marked, so a reused one shows it.
    expect(await markCached(previous.cache, '.html')).toBeGreaterThan(50);
    expect(await markCached(previous.cache, '.pdf')).toBeGreaterThan(10);
    const next = await nextRun(previous, 'Aluekehityspalvelujen väliraportti, toinen korjaus');
    await build(next);
    const page = (path: string) => join(next.out, path, 'index.html');
    expect(await readFile(page(`raportit/${editedReport}`), 'utf8')).toContain('toinen korjaus');
    expect(await endsMarked(page(`raportit/${editedReport}`))).toBe(false);
    expect(await endsMarked(page(`organisaatio/ryhmat/${editedGroup}`))).toBe(false);
    const otherGroupReports: string[] = [];
    for (const entry of await readdir(join(next.out, 'raportit'), { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === editedReport) continue;
      const source = await readFile(join(next.content, 'reports', `${entry.name}.mdx`), 'utf8');
      if (!source.includes(`group: ${editedGroup}\n`) && !source.includes(editedReport))
        otherGroupReports.push(entry.name);
    }
    expect(otherGroupReports.length).toBeGreaterThan(5);
    for (const id of otherGroupReports) {
      expect(await endsMarked(page(`raportit/${id}`)), id).toBe(true);
      expect(await endsMarked(join(next.out, 'pdf/raportit', `${id}.pdf`)), id).toBe(true);
    }
    expect(await endsMarked(join(next.out, 'pdf/raportit', `${editedReport}.pdf`))).toBe(false);
  }, 900_000);
});
