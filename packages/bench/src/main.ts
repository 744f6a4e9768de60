#!/usr/bin/env node
/**
 * `pnpm bench [--quick] [--seed N] [--keep]`: measures and prints the table, writes
 * `bench-results/latest.json`.
 * `pnpm bench generate --scale K [--seed N] [--from DIR] --out DIR`: writes synthetic content.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContentFolder } from './content-folder.ts';
import { formatTable } from './report/format-table.ts';
import { runBench, writeResults } from './run-bench.ts';

const repoDir = resolve(import.meta.dirname, '../../..');
const cwd = process.env.INIT_CWD ?? process.cwd();

const usage = `Usage:
  pnpm bench [--quick] [--seed N] [--keep]
  pnpm bench generate --scale K [--seed N] [--from DIR] --out DIR
`;

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
      help: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (values.help || !Number.isInteger(seed)) {
    process.stderr.write(usage);
    return values.help ? 0 : 2;
  }
  if (positionals[0] === 'generate') {
    const scale = Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1 || !values.out) {
      process.stderr.write(usage);
      return 2;
    }
    const from = resolve(cwd, values.from ?? resolve(repoDir, 'content'));
    const to = resolve(cwd, values.out);
    const files = await generateContentFolder({ from, to, scale, seed });
    process.stdout.write(`${files} files at ${scale}× (seed ${seed}) in ${to}\n`);
    return 0;
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
    log: (line) => process.stderr.write(`· ${line}\n`),
  });
  process.stdout.write(formatTable(results));
  const file = await writeResults(resolve(repoDir, 'bench-results'), results);
  process.stdout.write(`\nResults: ${file}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
