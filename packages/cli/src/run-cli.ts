/**
 * Parses the command line and dispatches to a command. Separate from `main.ts` so that tests run
 * commands in-process with their own output streams. Exit codes: the command's own (0, or 1 for
 * problems in the content), 0 for help, 2 for a command line that cannot be run.
 */
import { CommanderError } from 'commander';
import type { CliIo } from './cli-io.ts';
import { cliProgram, programName } from './cli-program.ts';
import { commands } from './commands/index.ts';
import { UsageError, usageErrorMessage } from './usage-errors.ts';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = cliProgram(commands, io, (exitCode) => {
    code = exitCode;
  });
  const [name, helpFor] = argv;
  if (!name) {
    program.outputHelp({ error: true });
    return 2;
  }
  // `valmistelu publish` and `valmistelu help publish` alike.
  const asked = name === 'help' ? helpFor : name;
  if (asked !== undefined && !asked.startsWith('-') && !Object.hasOwn(commands, asked)) {
    io.stderr(`Tuntematon komento "${asked}".\n\n`);
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (problem) {
    if (problem instanceof UsageError) {
      io.stderr(`${problem.message}\n`);
      return 2;
    }
    if (!(problem instanceof CommanderError)) throw problem;
    // Help asked for: shown, exit code 0.
    if (problem.exitCode === 0) return 0;
    // Help shown because no command was given (`valmistelu --content x`).
    if (problem.code === 'commander.help') return 2;
    const commandLine = Object.hasOwn(commands, name) ? `${programName} ${name}` : programName;
    const message = usageErrorMessage(problem, commandLine);
    if (message === undefined) throw problem;
    io.stderr(`${message}\n`);
    return 2;
  }
  return code;
}
