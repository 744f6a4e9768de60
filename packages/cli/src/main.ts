#!/usr/bin/env node
/**
 * The `valmistelu` command. Content mistakes print as located messages with exit code 1;
 * only a fault of the program itself shows a stack trace.
 */
import { enableCompileCache } from 'node:module';

// Reuses compiled code between runs: `check` runs on every save, so start-up matters.
enableCompileCache();
const { runCli } = await import('./run-cli.ts');

// `valmistelu status | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { terminalProgress, wantsProgress } = await import('./progress/terminal-progress.ts');
// On standard error, like the problems: standard output stays the command's result alone.
const progress = wantsProgress(process.stderr, process.env)
  ? terminalProgress({ write: (text) => process.stderr.write(text), columns: () => process.stderr.columns })
  : undefined;

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    // The progress line is erased first, so that no output is written onto it.
    stdout: (text) => {
      if (text) progress?.clear();
      process.stdout.write(text);
    },
    stderr: (text) => {
      if (text) progress?.clear();
      process.stderr.write(text);
    },
    ...(progress && { progress }),
  });
} finally {
  progress?.end();
}
