/**
 * The publishing workflows shipped for GitHub Actions and GitLab CI: each passes its service's
 * schema (GitHub's with action-validator, GitLab's own CI schema as gitlab-ci-local bundles it),
 * and runs the steps in the order that keeps the previous site online when a check or build fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeOutputMarker } from '@valmistelu/cli/output-marker';
import { backendFromEnvironment } from '@valmistelu/cms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot } from './build-helpers.ts';

const require = createRequire(import.meta.url);
const githubWorkflowFile = join(repositoryRoot, '.github/workflows/publish.yml');
const gitlabPipelineFile = join(repositoryRoot, '.gitlab-ci.yml');

/** The README's install command, which both workflows must run verbatim. */
async function readmeInstall(): Promise<string> {
  const readme = await readFile(join(repositoryRoot, 'README.md'), 'utf8');
  const line = readme.split('\n').find((candidate) => candidate.includes('pnpm install --frozen-lockfile'));
  const install = /^(npm i -g pnpm@\S+ && pnpm install --frozen-lockfile)/.exec(line ?? '')?.[1];
  expect(install).toBeDefined();
  return install ?? '';
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function runNode(args: string[], cwd: string) {
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { code: child.status, output: `${child.stdout}${child.stderr}` };
}

/**
 * A folder laid out as `build` leaves `dist/` (a page and the output marker, written by the CLI's
 * own code), with `commands` then run in it by `shell` as the CI service runs a job's script;
 * returns the files of `deployed` afterwards.
 */
async function deployedFiles(
  work: string,
  commands: string[],
  deployed: string,
  shell: string[],
): Promise<string[]> {
  const job = await mkdtemp(join(work, 'job-'));
  await mkdir(join(job, 'dist'), { recursive: true });
  await writeFile(join(job, 'dist', 'index.html'), '<!doctype html><title>Etusivu</title>\n');
  await writeOutputMarker(join(job, 'dist'));
  for (const command of commands) {
    const result = spawnSync(shell[0] ?? 'sh', [...shell.slice(1), command], { cwd: job, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }
  return (await readdir(join(job, deployed), { recursive: true })).sort();
}

describe('the validators', () => {
  it.each([
    ['@action-validator/core', 'action_validator_bg.wasm'],
    ['gitlab-ci-local', 'dist/index.js'],
  ])(
    '%s installs from its registry package alone: no install script, its code inside',
    async (name, file) => {
      const manifest = JSON.parse(await readFile(join(packageDir(name), 'package.json'), 'utf8')) as {
        scripts?: Record<string, string>;
      };
      for (const hook of ['preinstall', 'install', 'postinstall'])
        expect(manifest.scripts?.[hook]).toBeUndefined();
      expect((await readFile(join(packageDir(name), file))).length).toBeGreaterThan(0);
    },
  );
});

describe('GitHub Actions workflow', () => {
  interface Step {
    name?: string;
    uses?: string;
    run?: string;
    if?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
  }
  interface Job {
    needs?: string | string[];
    if?: string;
    permissions?: Record<string, string>;
    steps: Step[];
  }
  let workflow: { on: Record<string, unknown>; jobs: Record<string, Job> };
  let work: string;

  beforeAll(async () => {
    workflow = parse(await readFile(githubWorkflowFile, 'utf8'));
    work = await mkdtemp(join(tmpdir(), 'valmistelu-workflow-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const validate = (file: string) =>
    runNode([join(packageDir('@action-validator/cli'), 'cli.mjs'), file], repositoryRoot);

  it('passes action-validator', () => {
    const result = validate(githubWorkflowFile);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('is refused by action-validator once broken, so the check above means something', async () => {
    const broken = join(work, 'publish.yml');
    const text = await readFile(githubWorkflowFile, 'utf8');
    await writeFile(broken, text.replace('runs-on:', 'runs_on:'));
    const result = validate(broken);
    expect(result.code).toBe(1);
    expect(result.output).toContain("Additional property 'runs_on' is not allowed");
  });

  it('runs on pushes to main, on pull requests and daily', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
  });

  it('installs as the README says, restores the build cache, checks with annotations once, and builds its shard', async () => {
    const { steps } = workflow.jobs.build ?? { steps: [] };
    const runs = steps.map((step) => step.run ?? step.uses ?? '');
    const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    const install = at(/pnpm install/);
    const cache = at(/^actions\/cache@/);
    const check = at(/^pnpm valmistelu check --format github$/);
    const build = at(/^pnpm valmistelu build --shard /);
    const keep = at(/^actions\/upload-artifact@/);
    expect(runs[install]).toBe(await readmeInstall());
    expect([install, cache, check, build, keep].every((index) => index >= 0)).toBe(true);
    expect(install < check && cache < build && check < build && build < keep).toBe(true);
    // A pull request is built too, so that what fails only when built is found before the merge.
    for (const index of [cache, build, keep]) expect(steps[index]?.if).toBeUndefined();
    // The annotations once, not once per shard.
    expect(steps[check]?.if).toBe('strategy.job-index == 0');
    // The shard's folder whole, with its markers, which are dotfiles.
    expect(steps[keep]?.with).toMatchObject({
      name: `shard-\${{ matrix.shard }}`,
      path: `shard-\${{ matrix.shard }}/`,
      'include-hidden-files': true,
    });
  });

  it('runs a shard per entry of VALMISTELU_SHARDS, two unless it is set', () => {
    const strategy = (workflow.jobs.build as Job & { strategy?: { matrix?: Record<string, unknown> } })
      .strategy;
    expect(strategy?.matrix).toEqual({ shard: `\${{ fromJSON(vars.VALMISTELU_SHARDS || '[1, 2]') }}` });
  });

  it('builds shard I of N into shard-I, with the S3 store only when VALMISTELU_CACHE_URL is set', () => {
    const build = workflow.jobs.build?.steps.find((step) => step.run?.startsWith('pnpm valmistelu build'));
    // As GitHub runs it for the second of four shards: its expressions, then bash.
    const line = (build?.run ?? '')
      .replaceAll(`\${{ matrix.shard }}`, '2')
      .replaceAll(`\${{ strategy.job-total }}`, '4')
      .replace(/^pnpm /, 'printf "%s\\n" ');
    const argv = (env: Record<string, string>) =>
      spawnSync('bash', ['-e', '-c', line], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
      })
        .stdout.trim()
        .split('\n');
    expect(argv({})).toEqual(['valmistelu', 'build', '--shard', '2/4', '--out', 'shard-2']);
    expect(argv({ VALMISTELU_CACHE_URL: 's3://ämpäri/ci' })).toEqual([
      ...['valmistelu', 'build', '--shard', '2/4', '--out', 'shard-2'],
      ...['--cache-url', 's3://ämpäri/ci'],
    ]);
    expect(build?.env).toMatchObject({
      VALMISTELU_CACHE_URL: `\${{ vars.VALMISTELU_CACHE_URL }}`,
      AWS_ENDPOINT_URL: `\${{ vars.AWS_ENDPOINT_URL }}`,
      AWS_REGION: `\${{ vars.AWS_REGION }}`,
      AWS_ACCESS_KEY_ID: `\${{ secrets.AWS_ACCESS_KEY_ID }}`,
      AWS_SECRET_ACCESS_KEY: `\${{ secrets.AWS_SECRET_ACCESS_KEY }}`,
    });
  });

  it('merges every shard after the build jobs, and packs dist/ except for pull requests', async () => {
    const merge = workflow.jobs.merge;
    expect(merge?.needs).toBe('build');
    const steps = merge?.steps ?? [];
    const runs = steps.map((step) => step.run ?? step.uses ?? '');
    const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    const install = at(/pnpm install/);
    const fetch = at(/^actions\/download-artifact@/);
    const merging = at(/^pnpm valmistelu merge --out dist shard-\*$/);
    const upload = at(/^actions\/upload-pages-artifact@/);
    expect(runs[install]).toBe(await readmeInstall());
    expect(install < merging && fetch < merging && merging < upload).toBe(true);
    expect(steps[fetch]?.with).toEqual({ pattern: 'shard-*' });
    for (const index of [install, fetch, merging]) expect(steps[index]?.if).toBeUndefined();
    expect(steps[upload]?.if).toBe("github.event_name != 'pull_request'");
    expect(steps[upload]?.with).toEqual({ path: 'dist/' });
  });

  it('saves a cache of its own each run and restores the newest of any earlier run', () => {
    const cache = workflow.jobs.build?.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    const key = cache?.with?.key ?? '';
    const restore = cache?.with?.['restore-keys'] ?? '';
    expect(key).toContain(`\${{ github.run_id }}`);
    expect(restore.length).toBeGreaterThan(0);
    expect(key.startsWith(restore)).toBe(true);
  });

  it('uploads the site without the output marker', async () => {
    const { steps } = workflow.jobs.merge ?? { steps: [] };
    const build = steps.findIndex((step) => step.run?.startsWith('pnpm valmistelu merge'));
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    // What runs between the build and the upload, as GitHub runs a step (`bash -e`).
    const between = steps.slice(build + 1, upload).flatMap((step) => step.run ?? []);
    const path = steps[upload]?.with?.path ?? '';
    expect(await deployedFiles(work, between, path, ['bash', '-e', '-c'])).toEqual(['index.html']);
  });

  it("hands the build every setting of the editor's git host, from the repository's variables", () => {
    // The names the editor's configuration reads, as it reads them.
    const read = new Set<string>();
    backendFromEnvironment(
      new Proxy({} as Record<string, string | undefined>, {
        get(_target, name: string) {
          read.add(name);
          return { VALMISTELU_CMS_BACKEND: 'gitlab', VALMISTELU_CMS_REPO: 'maakunta/valmistelu' }[name];
        },
      }),
    );
    const build = workflow.jobs.build?.steps.find((step) => step.run?.startsWith('pnpm valmistelu build'));
    const editor = Object.keys(build?.env ?? {}).filter((name) => name.startsWith('VALMISTELU_CMS_'));
    expect(editor.sort()).toEqual([...read].sort());
    for (const name of editor) expect(build?.env?.[name]).toBe(`\${{ vars.${name} }}`);
  });

  it('deploys only after the build job succeeded, from main, never for a pull request', () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy?.needs).toBe('merge');
    expect(deploy?.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.steps.map((step) => step.uses)).toEqual([
      expect.stringMatching(/^actions\/deploy-pages@/),
    ]);
  });

  it('pins every action to a major version', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => step.uses ?? []));
    expect(uses.length).toBe(7);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});

describe('GitLab CI pipeline', () => {
  interface GitlabJob {
    stage: string;
    script: (string | string[])[];
    rules?: { if: string; when?: string }[];
    needs?: string[];
    artifacts: { when?: string; paths?: string[]; reports?: Record<string, string> };
  }
  let pipeline: Record<string, unknown> & { stages: string[] };
  let work: string;

  beforeAll(async () => {
    pipeline = parse(await readFile(gitlabPipelineFile, 'utf8'));
    work = await mkdtemp(join(tmpdir(), 'valmistelu-pipeline-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const job = (name: string) => pipeline[name] as GitlabJob;
  const script = (name: string) => job(name).script.flat();

  /** gitlab-ci-local reads a pipeline as GitLab does, in a git repository of its own. */
  async function gitlabPreview(text: string) {
    const repository = await mkdtemp(join(work, 'repo-'));
    await writeFile(join(repository, '.gitlab-ci.yml'), text);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repository, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.gitlab-ci.yml');
    git('-c', 'user.name=valmistelu', '-c', 'user.email=valmistelu@example.fi', 'commit', '-qm', 'pipeline');
    return runNode([join(packageDir('gitlab-ci-local'), 'dist/index.js'), '--preview'], repository);
  }

  it("passes GitLab's CI schema as gitlab-ci-local bundles it", async () => {
    const result = await gitlabPreview(await readFile(gitlabPipelineFile, 'utf8'));
    expect(result.output).toContain('json schema validated');
    expect(result.code).toBe(0);
  });

  it('is refused by the schema once broken, so the check above means something', async () => {
    const text = await readFile(gitlabPipelineFile, 'utf8');
    const result = await gitlabPreview(text.replace('when: always', 'whenn: always'));
    expect(result.code).toBe(1);
    expect(result.output).toContain("'whenn' property is not expected to be here");
  });

  it('checks every change with a Code Quality report, kept also when the check fails', async () => {
    expect(pipeline.stages).toEqual(['check', 'build', 'merge', 'deploy']);
    const check = job('check');
    expect(check.rules).toBeUndefined();
    expect(script('check')[0]).toBe(await readmeInstall());
    expect(script('check')[1]).toMatch(
      /^pnpm --silent valmistelu check --format gitlab > gl-code-quality-report\.json \|\| /,
    );
    expect(check.artifacts).toEqual({
      when: 'always',
      reports: { codequality: 'gl-code-quality-report.json' },
    });
  });

  it('builds merge requests and the default branch in shards, merges them, publishes public/ only on the default branch', async () => {
    const onDefaultBranch = [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }];
    const built = [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, ...onDefaultBranch];
    expect(job('build').rules).toEqual(built);
    expect((pipeline.build as { parallel?: number }).parallel).toBe(2);
    expect(script('build')[0]).toBe(await readmeInstall());
    expect(job('build').artifacts.paths).toEqual(['shard-*/']);
    expect(job('merge').stage).toBe('merge');
    expect(job('merge').rules).toEqual(built);
    expect(job('merge').needs).toEqual(['build']);
    expect(script('merge')).toEqual([await readmeInstall(), 'pnpm valmistelu merge --out dist shard-*']);
    expect(job('merge').artifacts.paths).toEqual(['dist/']);
    const pages = job('pages');
    expect(pages.stage).toBe('deploy');
    expect(pages.rules).toEqual(onDefaultBranch);
    expect(pages.needs).toEqual(['merge']);
    expect(pages.artifacts.paths).toEqual(['public/']);
  });

  it('builds shard CI_NODE_INDEX of CI_NODE_TOTAL (1/1 without parallel), with the S3 store only when VALMISTELU_CACHE_URL is set', () => {
    const line = (script('build')[1] ?? '').replace(/^pnpm /, 'printf "%s\\n" ');
    const argv = (env: Record<string, string>) =>
      spawnSync('sh', ['-e', '-c', line], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } })
        .stdout.trim()
        .split('\n');
    expect(argv({ CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' })).toEqual([
      ...['valmistelu', 'build', '--shard', '2/3', '--out', 'shard-2'],
    ]);
    expect(argv({})).toEqual(['valmistelu', 'build', '--shard', '1/1', '--out', 'shard-1']);
    expect(argv({ CI_NODE_INDEX: '1', CI_NODE_TOTAL: '2', VALMISTELU_CACHE_URL: 's3://ämpäri/ci' })).toEqual([
      ...['valmistelu', 'build', '--shard', '1/2', '--out', 'shard-1', '--cache-url', 's3://ämpäri/ci'],
    ]);
  });

  it("keeps the build cache per branch and shard, a new branch starting from the default branch's", () => {
    const cache = (pipeline.build as { cache?: { key?: string; fallback_keys?: string[] } }).cache;
    expect(cache?.key).toBe('valmistelu-build-$CI_COMMIT_REF_SLUG-$CI_NODE_INDEX-of-$CI_NODE_TOTAL');
    expect(cache?.fallback_keys).toEqual([
      'valmistelu-build-$CI_DEFAULT_BRANCH-$CI_NODE_INDEX-of-$CI_NODE_TOTAL',
    ]);
  });

  it('publishes the site without the output marker', async () => {
    // As GitLab's runner runs a script: each line in a shell that stops at the first failure.
    const published = await deployedFiles(work, script('pages'), job('pages').artifacts.paths?.[0] ?? '', [
      'sh',
      '-e',
      '-c',
    ]);
    expect(published).toEqual(['index.html']);
  });

  it('runs for merge requests and branches, so a pipeline schedule on the default branch publishes too', () => {
    const rules = (pipeline.workflow as { rules: { if: string; when?: string }[] }).rules;
    expect(rules.map((rule) => rule.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS',
      '$CI_COMMIT_BRANCH',
    ]);
    expect(rules[1]?.when).toBe('never');
  });
});
