#!/usr/bin/env node
/**
 * The `valmistelu` command. Content mistakes print as located messages with exit code 1;
 * only a fault of the program itself shows a stack trace.
 */
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
