/**
 * A command line that cannot be run, said in one Finnish line; the CLI exits with code 2.
 *
 * Commander words its own usage errors in English and has no hook for their wording (its
 * maintainers point to rewriting them, tj/commander.js#1498 and #1801). Each is recognised here by
 * its documented error code, and the name it needs is the one commander quotes in its message;
 * `test/cli-help.test.ts` makes every one of them, so that an upgrade that rewords one fails there.
 * A message that no longer matches still gets a Finnish line, only without the name.
 */
import type { CommanderError } from 'commander';

/** Thrown by the declarations' own checks (an allowed value); its message is the line to print. */
export class UsageError extends Error {}

/** `name: sallitut arvot ovat a, b, c`, the one wording of a value outside `choices`. */
export function choiceError(name: string, choices: readonly string[]): UsageError {
  return new UsageError(`${name}: sallitut arvot ovat ${choices.join(', ')}`);
}

/** The first name commander quotes in `message`: `error: unknown option '--bogus'`. */
function quoted(message: string): string | undefined {
  return /'([^']*)'/.exec(message)?.[1];
}

/**
 * @param commandLine `valmistelu build`: the command whose help lists what it accepts.
 * @returns undefined for a code that is not a usage error (help shown, a program fault).
 */
export function usageErrorMessage(error: CommanderError, commandLine: string): string | undefined {
  const help = `${commandLine} --help`;
  const name = quoted(error.message);
  switch (error.code) {
    case 'commander.unknownOption':
      return name
        ? `${name}: tuntematon valinta; ${help} näyttää valinnat`
        : `Tuntematon valinta; ${help} näyttää valinnat`;
    case 'commander.optionMissingArgument': {
      // Quoted as declared, with the value's name: '--out <HAKEMISTO>'.
      const [flag, value] = name?.split(' ') ?? [];
      return flag && value
        ? `${flag}: arvo puuttuu (${flag} ${value.replace(/[<>]/g, '')})`
        : `Valinnan arvo puuttuu; ${help} näyttää valinnat`;
    }
    case 'commander.missingArgument':
      return name ? `${name} puuttuu; ${help} näyttää käytön` : `Argumentti puuttuu; ${help} näyttää käytön`;
    case 'commander.excessArguments': {
      // Commander lists every argument given, not only the ones too many.
      const given = /got \d+: (.*)\.$/.exec(error.message)?.[1];
      return given
        ? `Liikaa argumentteja (${given}); ${help} näyttää käytön`
        : `Liikaa argumentteja; ${help} näyttää käytön`;
    }
    default:
      return undefined;
  }
}
