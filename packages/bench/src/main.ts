#!/usr/bin/env node
/**
 * `pnpm bench [--quick] [--seed N] [--keep]`: measures and prints the table, writes
 * `bench-results/latest.json`.
 * `pnpm bench generate --scale K [--seed N] [--from DIR] --out DIR`: writes synthetic content.
 * `pnpm bench shards --scale K [--seed N] [--shards 1,2,4]`: a cold build in shards and their merge.
 * `pnpm bench edits --scale K [--seed N] [--runs N]`: a clean build, then rebuilds after one edit,
 * with their processor time and steps.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContentFolder } from './content-folder.ts';
import { formatEditSplit, measureEditSplit } from './measure-edit-split.ts';
import { formatShards, measureShards } from './measure-shards.ts';
import { formatTable } from './report/format-table.ts';
import { runBench, writeResults } from './run-bench.ts';

const repoDir = resolve(import.meta.dirname, '../../..');
const cwd = process.env.INIT_CWD ?? process.cwd();

const usage = `Usage:
  pnpm bench [--quick] [--seed N] [--keep]
  pnpm bench generate --scale K [--seed N] [--from DIR] --out DIR
  pnpm bench shards --scale K [--seed N] [--shards 1,2,4]
  pnpm bench edits --scale K [--seed N] [--runs N]
`;

const log = (line: string) => process.stderr.write(`· ${line}\n`);

/** Writes a subcommand's results as JSON under `bench-results/` and says where. */
async function saveResults(name: string, results: unknown): Promise<void> {
  await mkdir(resolve(repoDir, 'bench-results'), { recursive: true });
  const file = resolve(repoDir, 'bench-results', name);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nResults: ${file}\n`);
}

/** The number `value` gives when it is a whole number of at least 1. */
function positiveInteger(value: string | undefined): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : undefined;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      scale: { type: 'string' },
      from: { type: 'string' },
      out: { type: 'string' },
      shards: { type: 'string', default: '1,2,4' },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (values.help || !Number.isInteger(seed)) {
    process.stderr.write(usage);
    return values.help ? 0 : 2;
  }
  const scale = positiveInteger(values.scale);
  if (positionals[0] === 'generate') {
    if (scale === undefined || !values.out) {
      process.stderr.write(usage);
      return 2;
    }
    const from = resolve(cwd, values.from ?? resolve(repoDir, 'content'));
    const to = resolve(cwd, values.out);
    const files = await generateContentFolder({ from, to, scale, seed });
    process.stdout.write(`${files} files at ${scale}× (seed ${seed}) in ${to}\n`);
    return 0;
  }
  if (positionals[0] === 'edits') {
    const runs = positiveInteger(values.runs);
    if (scale === undefined || runs === undefined) {
      process.stderr.write(usage);
      return 2;
    }
    const results = await measureEditSplit({ repoDir, scale, seed, runs, log });
    process.stdout.write(formatEditSplit(results));
    await saveResults(`edits-${scale}x.json`, results);
    return 0;
  }
  if (positionals[0] === 'shards') {
    const counts = values.shards.split(',').map(positiveInteger);
    if (scale === undefined || !counts.every((count) => count !== undefined)) {
      process.stderr.write(usage);
      return 2;
    }
    const results = await measureShards({ repoDir, scale, seed, counts, log });
    process.stdout.write(formatShards(results));
    await saveResults(`shards-${scale}x.json`, results);
    return results.rows.every((row) => row.sameBytes) ? 0 : 1;
  }
  if (positionals.length) {
    process.stderr.write(usage);
    return 2;
  }
  const results = await runBench({
    mode: values.quick ? 'quick' : 'full',
    seed,
    repoDir,
    keep: values.keep,
    log,
  });
  process.stdout.write(formatTable(results));
  const file = await writeResults(resolve(repoDir, 'bench-results'), results);
  process.stdout.write(`\nResults: ${file}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
