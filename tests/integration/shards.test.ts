/**
 * A build spread over machines as the workflows spread it: two `build --shard I/2` processes at
 * once, sharing PDFs through an S3 server started here on 127.0.0.1 (s3rver), then one `merge`.
 * The merged folder is byte for byte a one-machine build; a shard run again on a fresh machine
 * fetches its PDFs from the store instead of rendering them, and so does `valmistelu pdf`; a
 * corrupt object or an unreachable store changes no byte.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildRun, hashTree, repositoryRoot, runBuild, runCli } from './build-helpers.ts';

const bucket = 'valmistelu-cache';
const cacheUrl = `s3://${bucket}/ci`;
let work: string;
let content: string;
let server: S3rver;
let storeEnv: Record<string, string>;

/** A port nothing listens on: one the system gave and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-shards-'));
  // Small content (4 PDFs, 26 pages) keeps the six builds quick; the split is the same at any size.
  content = join(work, 'content');
  await cp(join(repositoryRoot, 'tests/fixtures/minimal-content'), content, { recursive: true });
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: join(work, 's3'),
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  storeEnv = {
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REGION: 'eu-north-1',
    AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
  };
});

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

/** Shard `index` of 2 into `out`, with a cache folder of its own as a fresh CI machine has. */
function shard(index: number, out: string, env = storeEnv): Promise<BuildRun> {
  return runBuild(content, join(work, out), env, [
    '--shard',
    `${index}/2`,
    '--cache',
    join(work, `${out}-cache`),
    '--cache-url',
    cacheUrl,
  ]);
}

function merge(...args: string[]): Promise<BuildRun> {
  return runCli(['merge', ...args], work);
}

/** The store's line in a build's output: documents fetched, rendered here, stored. */
function storeCounts(run: BuildRun): { fetched: number; rendered: number; stored: number } | undefined {
  const match = /^PDF-etävälimuisti: (\d+) haettu, (\d+) koottu tällä koneella, (\d+) tallennettu\.$/m.exec(
    run.stdout,
  );
  return match
    ? { fetched: Number(match[1]), rendered: Number(match[2]), stored: Number(match[3]) }
    : undefined;
}

async function pdfsOf(dir: string): Promise<string[]> {
  return (await readdir(join(work, dir), { recursive: true })).filter((path) => path.endsWith('.pdf')).sort();
}

async function pagesOf(dir: string): Promise<Set<string>> {
  return new Set(
    (await readdir(join(work, dir), { recursive: true })).filter((path) => path.endsWith('.html')),
  );
}

describe('a build in two shards and a merge', () => {
  let one: Record<string, string>;

  beforeAll(async () => {
    const built = await runBuild(content, join(work, 'one'), {}, ['--cache', join(work, 'one-cache')]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    one = await hashTree(join(work, 'one'));
  });

  it('renders each page and PDF in one shard, shares PDFs, and merges to the one-machine bytes', async () => {
    const [first, second] = await Promise.all([shard(1, 'osa-1'), shard(2, 'osa-2')]);
    for (const run of [first, second]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    // Each shard rendered its PDFs and gave them to the store; together, every PDF once.
    const pdfs = [await pdfsOf('osa-1'), await pdfsOf('osa-2')];
    expect(storeCounts(first)).toEqual({ fetched: 0, rendered: pdfs[0]?.length, stored: pdfs[0]?.length });
    expect(storeCounts(second)).toEqual({ fetched: 0, rendered: pdfs[1]?.length, stored: pdfs[1]?.length });
    expect([...(pdfs[0] ?? []), ...(pdfs[1] ?? [])].sort()).toEqual((await pdfsOf('one')).sort());
    expect(pdfs.every((list) => list.length > 0)).toBe(true);
    // The pages are split too: only the home page is in both (the editor reads its stylesheets).
    const [pages1, pages2] = [await pagesOf('osa-1'), await pagesOf('osa-2')];
    expect(
      [...pages1].filter((page) => pages2.has(page)).filter((page) => !page.startsWith('admin/')),
    ).toEqual(['index.html']);
    expect(pages1.size + pages2.size).toBeGreaterThan((await pagesOf('one')).size);

    const merged = await merge('--out', 'dist', 'osa-2', 'osa-1');
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(await hashTree(join(work, 'dist'))).toEqual(one);
  });

  it('fetches a shard’s PDFs from the store on a fresh machine instead of rendering them', async () => {
    const again = await shard(1, 'osa-1-uudelleen');
    expect(again).toMatchObject({ code: 0, stderr: '' });
    const pdfs = await pdfsOf('osa-1-uudelleen');
    expect(pdfs.length).toBeGreaterThan(0);
    expect(storeCounts(again)).toEqual({ fetched: pdfs.length, rendered: 0, stored: 0 });
    expect(await hashTree(join(work, 'osa-1-uudelleen'))).toEqual(await hashTree(join(work, 'osa-1')));
  });

  it('gives `valmistelu pdf --cache-url` on a fresh machine every PDF from the store', async () => {
    const out = join(work, 'vain-pdf');
    const run = await runCli(
      [
        'pdf',
        '--content',
        content,
        '--out',
        out,
        '--cache',
        join(work, 'vain-pdf-cache'),
        '--cache-url',
        cacheUrl,
      ],
      work,
      storeEnv,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const pdfs = await pdfsOf('one');
    expect(storeCounts(run)).toEqual({ fetched: pdfs.length, rendered: 0, stored: 0 });
    const onlyPdfs = (tree: Record<string, string>) =>
      Object.fromEntries(Object.entries(tree).filter(([path]) => path.endsWith('.pdf')));
    // The rest of the folder is the tool's mark of its own output.
    expect(onlyPdfs(await hashTree(out))).toEqual(onlyPdfs(one));
  });

  it('renders here, with a warning, a document whose stored object is corrupt', async () => {
    const objects = join(work, 's3', bucket, 'ci', 'pdf');
    const [object] = (await readdir(objects)).filter((name) => name.endsWith('._S3rver_object')).sort();
    expect(object).toBeDefined();
    await writeFile(join(objects, object as string), '{"format":1}\n%PDF-rikki');
    const [first, second] = await Promise.all([shard(1, 'osa-1-rikki'), shard(2, 'osa-2-rikki')]);
    const runs = [first, second];
    const warned = runs.filter((run) =>
      /^Varoitus: PDF-etävälimuistin kohde ci\/pdf\/[0-9a-f]{64} ohitettiin: /m.test(run.stderr),
    );
    expect(warned).toHaveLength(1);
    expect(runs.map((run) => storeCounts(run)?.rendered).sort()).toEqual([0, 1]);
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const merged = await merge('--out', 'dist-rikki', 'osa-1-rikki', 'osa-2-rikki');
    expect(merged.code).toBe(0);
    expect(await hashTree(join(work, 'dist-rikki'))).toEqual(one);
  });

  it('builds the same bytes, with one warning, when the store cannot be reached', async () => {
    const unreachable = { ...storeEnv, AWS_ENDPOINT_URL: `http://127.0.0.1:${await closedPort()}` };
    const run = await shard(2, 'osa-2-ei-yhteytta', unreachable);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^Varoitus: PDF-etävälimuisti s3:\/\/valmistelu-cache\/ci ei vastaa \(.*ECONNREFUSED.*\); PDF:t kootaan tällä koneella\.\n$/,
    );
    expect(storeCounts(run)?.fetched).toBe(0);
    expect(await hashTree(join(work, 'osa-2-ei-yhteytta'))).toEqual(await hashTree(join(work, 'osa-2')));
  });
});
