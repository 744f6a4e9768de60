/**
 * Parses the command line and dispatches to a command. Separate from `main.ts` so that tests run
 * commands in-process with their own output streams.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io.ts';
import { commands } from './commands/index.ts';

export const usage = `Käyttö: valmistelu <komento> [valinnat]

Komennot:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`)
  .join('\n')}

Yhteiset valinnat:
  --content HAKEMISTO  sisältökansio (oletus: content)
  --out HAKEMISTO      tuloskansio (oletus: dist); ei koskaan sisältökansio, sen ylä- tai
                       alakansio, repositorion juuri, kotikansio eikä tiedostojärjestelmän juuri
  --force              build: korvaa kansion, jota valmistelu ei ole koonnut (muuten vain
                       tyhjä kansio tai aiempi koonti korvataan)
  --as-of VVVV-KK-PP   build, pdf, pack, status: tilannepäivä (muuten site.yaml:n asOf, muuten
                       tämä päivä Suomen aikaa); ajastetut uutiset julkaistaan sen mukaan
  --format MUOTO       check: text, github tai gitlab; status: text tai json
  --verify             pdf: lukee jokaisen PDF:n takaisin ja kertoo, mitä ruudunlukija siitä
                       löytää (rakennemerkinnät, otsikot, taulukot, kuvat, kieli, otsikko)
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    if (name && name !== '--help' && name !== 'help') io.stderr(`Tuntematon komento "${name}".\n\n`);
    io.stderr(usage);
    return name === '--help' || name === 'help' ? 0 : 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { content: { type: 'string' }, out: { type: 'string' }, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (problem) {
    io.stderr(`${(problem as Error).message}\n\n${usage}`);
    return 2;
  }
  return command.run({ values: parsed.values, positionals: parsed.positionals, io });
}
