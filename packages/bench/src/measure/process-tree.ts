/**
 * The resident memory of a whole process tree, sampled from Linux's `/proc`. GNU time reports
 * the largest single process; a command that hands work to a child process (the site build in
 * its own process, Pagefind's binary) holds the sum of its processes at once, and that sum is
 * what a machine must have. Each process's resident set counts its shared pages too (the Node
 * binary, shared libraries), so the sum is an upper bound; sampling can miss a spike shorter than
 * the interval.
 */
import { readdir, readFile } from 'node:fs/promises';

export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size in pages. */
  rssPages: number;
}

/**
 * One `/proc/<pid>/stat` line; undefined when it is not one. The command name, in parentheses,
 * may hold spaces and parentheses itself, so fields are counted from the last `)`.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // After the name: state (field 3), ppid (4), … rss (24).
  const fields = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (![pid, ppid, rssPages].every(Number.isInteger)) return undefined;
  return { pid, ppid, rssPages };
}

/** Pages resident in `root` and all its descendants. */
export function treeRssPages(stats: readonly ProcStat[], root: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let pages = stats.find((stat) => stat.pid === root)?.rssPages ?? 0;
  const pending = [...(children.get(root) ?? [])];
  const seen = new Set([root]);
  for (let stat = pending.pop(); stat; stat = pending.pop()) {
    if (seen.has(stat.pid)) continue;
    seen.add(stat.pid);
    pages += stat.rssPages;
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return pages;
}

async function readProcStats(): Promise<ProcStat[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const stats = await Promise.all(
    pids.map((pid) =>
      readFile(`/proc/${pid}/stat`, 'utf8')
        .then(parseProcStat)
        // A process may end between listing and reading.
        .catch(() => undefined),
    ),
  );
  return stats.filter((stat): stat is ProcStat => stat !== undefined);
}

export interface TreeSampler {
  /** Stops sampling; the largest sum seen in MiB, or undefined where `/proc` cannot be read. */
  stop(): Promise<number | undefined>;
}

// `stat` counts pages; 4 KiB on the x86-64 and usual arm64 Linux this runs on.
const pageSize = 4096;

/** Samples the tree under `root` every `intervalMs` until stopped. */
export function sampleTreeRss(root: number, intervalMs = 200): TreeSampler {
  let peakPages: number | undefined;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const pages = treeRssPages(await readProcStats(), root);
        if (pages > 0) peakPages = Math.max(peakPages ?? 0, pages);
      } catch {
        return;
      }
      await new Promise((done) => setTimeout(done, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peakPages === undefined ? undefined : (peakPages * pageSize) / 2 ** 20;
    },
  };
}
