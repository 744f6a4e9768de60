/**
 * The `valmistelu` command line as commander reads it, built from the commands' declarations
 * (`commands/*.ts`): their options, allowed values, arguments and examples give the parser and
 * the Finnish help alike. Built anew for each run, because commander keeps what it parsed.
 */
import { Argument, type Help, Option, Command as Program } from 'commander';
import {
  type CliIo,
  type Command,
  type CommandContext,
  commonOptions,
  type OptionDeclaration,
  type OptionDeclarations,
} from './cli-io.ts';
import { choiceError, UsageError } from './usage-errors.ts';

export const programName = 'valmistelu';

/** Commander passes each help title through `styleTitle`, its hook for how titles look. */
const finnishTitles: Readonly<Record<string, string>> = {
  'Usage:': 'Käyttö:',
  'Arguments:': 'Argumentit:',
  'Options:': 'Valinnat:',
  'Commands:': 'Komennot:',
};

function withChoices(description: string, choices: readonly string[] | undefined): string {
  return choices ? `${description} (arvot: ${choices.join(', ')})` : description;
}

const finnishHelp: Partial<Help> = {
  styleTitle: (title) => finnishTitles[title] ?? title,
  optionDescription: (option) => withChoices(option.description, option.argChoices),
  argumentDescription: (argument) => withChoices(argument.description, argument.argChoices),
  // Commander's own adds "[options]"; a command's options are in its own help.
  subcommandTerm: (command) =>
    [
      command.name(),
      ...command.registeredArguments.map((argument) =>
        argument.required ? `<${argument.name()}${argument.variadic ? '...' : ''}>` : `[${argument.name()}]`,
      ),
    ].join(' '),
};

function optionOf(name: string, declared: OptionDeclaration, group?: string): Option {
  const valueName = declared.choices?.join('|') ?? declared.valueName ?? 'ARVO';
  const value = declared.type === 'string' ? ` <${valueName}>` : '';
  const option = new Option(`--${name}${value}`, declared.description);
  const { choices } = declared;
  if (choices) {
    // Listed in the help by `choices`; refused in Finnish by the parser that replaces its own.
    option.choices(choices).argParser((given: string) => {
      if (!choices.includes(given)) throw choiceError(`--${name}`, choices);
      return given;
    });
  }
  const { problem } = declared;
  if (problem) {
    option.argParser((given: string) => {
      const wrong = problem(given);
      if (wrong) throw new UsageError(`--${name}: ${wrong}`);
      return given;
    });
  }
  return group ? option.helpGroup(group) : option;
}

/** The values by their declared names (`as-of`), from commander's camel-cased ones (`asOf`). */
function valuesOf(command: Program, options: readonly Option[]): CommandContext['values'] {
  const parsed = command.opts();
  return Object.fromEntries(
    options.map((option) => [option.name(), parsed[option.attributeName()] as string | boolean | undefined]),
  );
}

/**
 * @param onRun receives the exit code of the command that ran; commander only calls it when the
 * command line was valid.
 */
export function cliProgram(
  commands: Readonly<Record<string, Command>>,
  io: CliIo,
  onRun: (code: number) => void,
): Program {
  const program = new Program(programName)
    .usage('<komento> [valinnat]')
    .description('Tarkistaa sisällön ja kokoaa siitä sivuston ja PDF:t.')
    .helpOption('-h, --help', 'näyttää tämän ohjeen')
    .helpCommand('help [komento]', 'näyttää komennon ohjeen')
    .configureHelp(finnishHelp)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(false)
    .exitOverride();
  program.addHelpText('after', `\nKomennon valinnat: ${programName} <komento> --help\n`);
  // Settings above are copied into each subcommand as it is created.
  for (const [name, command] of Object.entries(commands)) {
    const sub = program.command(name).summary(command.summary).description(command.summary);
    const declared: OptionDeclarations = command.options ?? {};
    const options = [
      ...Object.entries(declared).map(([option, declaration]) => optionOf(option, declaration)),
      ...Object.entries(commonOptions).map(([option, declaration]) =>
        optionOf(option, declaration, 'Yhteiset valinnat:'),
      ),
    ];
    for (const option of options) sub.addOption(option);
    const argumentNames: string[] = [];
    for (const declaredArgument of command.arguments ?? []) {
      const term = `<${declaredArgument.name}${declaredArgument.variadic ? '...' : ''}>`;
      const argument = new Argument(term, declaredArgument.description);
      const { choices } = declaredArgument;
      if (choices) {
        argument.choices(choices).argParser((given: string) => {
          if (!choices.includes(given)) throw choiceError(declaredArgument.name, choices);
          return given;
        });
      }
      sub.addArgument(argument);
      argumentNames.push(term);
    }
    sub.usage(['[valinnat]', ...argumentNames].join(' '));
    if (command.examples) {
      sub.addHelpText('after', `\nEsimerkit:\n${command.examples.map((line) => `  ${line}`).join('\n')}\n`);
    }
    sub.action(async () => {
      onRun(await command.run({ values: valuesOf(sub, options), positionals: [...sub.args], io }));
    });
  }
  return program;
}
