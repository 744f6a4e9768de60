/**
 * `valmistelu check --format github|gitlab`: the same problems as the text report, as GitHub
 * workflow annotations and as a GitLab Code Quality report, located relative to the
 * repository's root. Real processes, as a CI job runs them.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalContentDir } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubReport } from '../src/reporters/github-reporter.ts';
import type { CodeQualityIssue } from '../src/reporters/gitlab-reporter.ts';
import { runProcess } from './run-process.ts';

/** A repository holding its content in `sisalto/`, as a writer's clone would. */
let repository: string;
let content: string;
/** Neither service's variables leak in from a CI run of these tests. */
const noService = { GITHUB_WORKSPACE: '', CI_PROJECT_DIR: '' };

beforeEach(async () => {
  repository = await mkdtemp(join(tmpdir(), 'valmistelu-repo-'));
  content = join(repository, 'sisalto');
  await cp(minimalContentDir, content, { recursive: true });
  // One error (a number where the address belongs) and one warning (a draft without section 2).
  await writeFile(
    join(content, 'channels.yaml'),
    '- id: satakunta2019\n  name: satakunta2019.fi\n  kind: website\n  url: 12\n',
  );
  await writeFile(
    join(content, 'reports/lape-loppu.mdx'),
    [
      '---',
      'title: LAPE-ryhmän loppuraportti',
      'group: lape',
      'kind: final',
      'period:',
      '  start: 2018-04-01',
      '  end: 2018-10-31',
      '---',
      '',
      '## 1. Valmisteluryhmän organisoituminen',
      '',
      'Ryhmä jatkoi entisellään.',
      '',
    ].join('\n'),
  );
});
afterEach(() => rm(repository, { recursive: true, force: true }));

/** The text report's `path:line:column` and severity of each problem, paths from `sisalto/`. */
function textProblems(): { file: string; line: number; column: number; severity: string }[] {
  const run = runProcess(content, ['check', '--content', '.'], noService);
  expect(run.code).toBe(1);
  return run.stdout
    .split('\n')
    .map((line) => /^(.+?):(\d+):(\d+) {2}(varoitus: )?/.exec(line))
    .filter((match) => match !== null)
    .map(([, file = '', line, column, warning]) => ({
      file: `sisalto/${file}`,
      line: Number(line),
      column: Number(column),
      severity: warning ? 'warning' : 'error',
    }));
}

/** Reads a workflow command back as GitHub's runner does (ActionCommand.cs). */
function parseAnnotation(line: string) {
  const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  if (!match) return undefined;
  const [, severity = '', propertyText = '', data = ''] = match;
  const unescapeData = (text: string) =>
    text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
  const unescapeProperty = (text: string) =>
    text
      .replaceAll('%0D', '\r')
      .replaceAll('%0A', '\n')
      .replaceAll('%3A', ':')
      .replaceAll('%2C', ',')
      .replaceAll('%25', '%');
  const properties = Object.fromEntries(
    propertyText.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
    }),
  );
  return { severity, properties, message: unescapeData(data) };
}

describe('valmistelu check --format github', () => {
  it('annotates each problem of the text report on its line, relative to the workspace', () => {
    const expected = textProblems();
    expect(expected.map((problem) => problem.severity).sort()).toEqual(['error', 'warning']);
    // Run from inside the content, as a job may; the workspace variable decides the paths.
    const run = runProcess(join(content, 'groups'), ['check', '--content', '..', '--format', 'github'], {
      ...noService,
      GITHUB_WORKSPACE: repository,
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const annotations = lines.map(parseAnnotation).filter((annotation) => annotation !== undefined);
    expect(
      annotations.map(({ severity, properties }) => ({
        file: properties.file,
        line: Number(properties.line),
        column: Number(properties.col),
        severity,
      })),
    ).toEqual(expected);
    expect(annotations[0]?.message).toBe('kentän "url" pitää olla tekstiä, nyt 12');
    expect(annotations[0]?.properties.title).toBe('Sisällön tarkistus (schema)');
    expect(lines.at(-1)).toBe('1 virhe, 1 varoitus 12 tiedostossa.');
  });

  it('escapes the characters that would end a property or the message', async () => {
    // A file name the loader refuses, with every character the rules escape that a path can hold.
    await writeFile(join(content, 'news/50%,osa:1.mdx'), '---\ntitle: x\n---\n');
    const run = runProcess(content, ['check', '--content', '.', '--format', 'github'], {
      ...noService,
      GITHUB_WORKSPACE: repository,
    });
    const lines = run.stdout.split('\n').filter((line) => line.includes('50'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // The raw line has no separator inside the file property…
      expect(line).toContain('file=sisalto/news/50%25%2Cosa%3A1.mdx,');
      // …and reads back to the real path.
      expect(parseAnnotation(line)?.properties.file).toBe('sisalto/news/50%,osa:1.mdx');
    }
  });

  it('escapes line breaks and percent signs in the message, so that one problem stays one command', () => {
    const text = githubReport(
      [
        {
          file: '/repo/sisalto/a:b,c.yaml',
          line: 3,
          column: 7,
          message: 'rivi 1\r\nrivi 2: 100 %, loppu',
          severity: 'warning',
          ruleId: 'schema',
        },
      ],
      '/repo',
    );
    expect(text.split('\n')).toEqual([
      '::warning file=sisalto/a%3Ab%2Cc.yaml,line=3,col=7,title=Sisällön tarkistus (schema)::rivi 1%0D%0Arivi 2: 100 %25, loppu',
      '',
    ]);
    expect(parseAnnotation(text.trimEnd())).toEqual({
      severity: 'warning',
      properties: { file: 'sisalto/a:b,c.yaml', line: '3', col: '7', title: 'Sisällön tarkistus (schema)' },
      message: 'rivi 1\r\nrivi 2: 100 %, loppu',
    });
  });

  it('finds the repository root by its .git folder when no workspace variable is set', async () => {
    await mkdir(join(repository, '.git'));
    const run = runProcess(content, ['check', '--content', '.', '--format', 'github'], noService);
    const files = run.stdout
      .split('\n')
      .map(parseAnnotation)
      .map((annotation) => annotation?.properties.file)
      .filter((file) => file !== undefined);
    expect(files).toEqual(['sisalto/channels.yaml', 'sisalto/reports/lape-loppu.mdx']);
  });

  it('prints only the summary for valid content and exits 0', async () => {
    await writeFile(
      join(content, 'channels.yaml'),
      '- id: satakunta2019\n  name: satakunta2019.fi\n  kind: website\n  url: https://satakunta2019.fi\n',
    );
    await rm(join(content, 'reports/lape-loppu.mdx'));
    const run = runProcess(content, ['check', '--content', '.', '--format', 'github'], noService);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Sisältö kunnossa: 11 tiedostoa, 1 ryhmä, 1 raportti, 1 kokous, 0 varoitusta.\n');
  });
});

/** GitLab's documented Code Quality fields, and nothing else. */
function expectCodeQualityShape(issue: unknown): asserts issue is CodeQualityIssue {
  expect(issue).toStrictEqual({
    description: expect.any(String),
    check_name: expect.any(String),
    fingerprint: expect.any(String),
    severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
    location: { path: expect.any(String), lines: { begin: expect.any(Number) } },
  });
  const { location, description } = issue as CodeQualityIssue;
  expect(Number.isInteger(location.lines.begin) && location.lines.begin >= 1).toBe(true);
  expect(location.path).not.toMatch(/^(\/|\.\.?\/)/);
  expect(description.length).toBeGreaterThan(0);
}

function gitlabReport(cwd = content) {
  const run = runProcess(cwd, ['check', '--content', content, '--format', 'gitlab'], {
    ...noService,
    CI_PROJECT_DIR: repository,
  });
  const issues: unknown = JSON.parse(run.stdout);
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues as unknown[]) expectCodeQualityShape(issue);
  return { run, issues: issues as CodeQualityIssue[] };
}

describe('valmistelu check --format gitlab', () => {
  it('writes a Code Quality report of the text report problems to standard output', () => {
    const expected = textProblems();
    const { run, issues } = gitlabReport(join(content, 'groups'));
    expect(run.code).toBe(1);
    expect(
      issues.map(({ location, severity }) => ({
        file: location.path,
        line: location.lines.begin,
        severity: severity === 'major' ? 'error' : severity === 'minor' ? 'warning' : severity,
      })),
    ).toEqual(expected.map(({ file, line, severity }) => ({ file, line, severity })));
    expect(issues[0]).toMatchObject({
      description: 'kentän "url" pitää olla tekstiä, nyt 12',
      check_name: 'valmistelu/schema',
    });
    // The summary goes to the job's log, never into the report file.
    expect(run.stderr).toBe('1 virhe, 1 varoitus 12 tiedostossa.\n');
  });

  it('keeps each fingerprint when lines move, and gives repeated problems their own', async () => {
    const before = gitlabReport().issues;
    const channels = join(content, 'channels.yaml');
    // The same mistake twice in one file, below two new lines.
    const shifted = `# Kanavat\n\n${await readFile(channels, 'utf8')}- id: toinen\n  name: toinen\n  kind: website\n  url: 12\n`;
    await writeFile(channels, shifted);
    const after = gitlabReport().issues;
    const urlIssues = after.filter((issue) => issue.location.path === 'sisalto/channels.yaml');
    expect(urlIssues.map((issue) => issue.location.lines.begin)).toEqual([6, 10]);
    expect(urlIssues[0]?.fingerprint).toBe(before[0]?.fingerprint);
    expect(new Set(after.map((issue) => issue.fingerprint)).size).toBe(after.length);
    expect(after.find((issue) => issue.severity === 'minor')?.fingerprint).toBe(before[1]?.fingerprint);
  });

  it('writes an empty report for valid content and exits 0', async () => {
    await writeFile(
      join(content, 'channels.yaml'),
      '- id: satakunta2019\n  name: satakunta2019.fi\n  kind: website\n  url: https://satakunta2019.fi\n',
    );
    await rm(join(content, 'reports/lape-loppu.mdx'));
    const { run, issues } = gitlabReport();
    expect(run.code).toBe(0);
    expect(issues).toEqual([]);
  });
});

describe('valmistelu check --format', () => {
  it('refuses an unknown format before reading anything', () => {
    const run = runProcess(content, ['check', '--content', '.', '--format', 'junit'], noService);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--format: sallitut arvot ovat text, github, gitlab\n');
  });
});
