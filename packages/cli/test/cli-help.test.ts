/**
 * The command line from the commands' declarations: help for every command in Finnish, and a
 * command line that cannot run refused in one Finnish line with exit code 2, before anything is
 * read. Runs in-process on a content folder that does not exist, so nothing could be read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonOptions, type OptionDeclarations } from '../src/cli-io.ts';
import { commands } from '../src/commands/index.ts';
import { run } from './run.ts';

const cwd = join(import.meta.dirname, 'ei-ole');

/** The options a help text lists: its lines that start with a long option, and their text. */
function listedOptions(help: string): Map<string, string> {
  const listed = new Map<string, string>();
  let current: string | undefined;
  for (const line of help.split('\n')) {
    const option = /^ {2}(?:-\w, )?(--[\w-]+)(?: <[^>]+>)?\s+(.*)$/.exec(line);
    if (option?.[1]) {
      current = option[1];
      listed.set(current, option[2] ?? '');
    } else if (current && /^ {3,}\S/.test(line)) {
      listed.set(current, `${listed.get(current)} ${line.trim()}`);
    } else current = undefined;
  }
  return listed;
}

/** Arguments that satisfy a command's declared positionals. */
function positionalsOf(name: string): string[] {
  return (commands[name]?.arguments ?? []).map((argument) => argument.choices?.[0] ?? 'vate-2018-05');
}

/** Nothing of commander's own English may reach the user. */
const english = /\b(error|unknown|option|argument|arguments|allowed|expected|usage|missing|too many)\b/i;

describe('valmistelu --help', () => {
  it('lists every command with its summary on standard output and exits 0', async () => {
    const result = await run(cwd, '--help');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Käyttö: valmistelu <komento> \[valinnat\]\n/);
    const listed = result.stdout.split('Komennot:\n')[1]?.split('\n\n')[0] ?? '';
    for (const [name, command] of Object.entries(commands)) {
      expect(listed, name).toMatch(new RegExp(`^ {2}${name}\\b.*${command.summary.split(' ')[0]}`, 'm'));
    }
  });

  it('shows the list on standard error with exit code 2 when no command is given', async () => {
    const result = await run(cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Käyttö: valmistelu <komento>/);
  });
});

describe.each(Object.keys(commands))('valmistelu %s --help', (name) => {
  const command = commands[name];

  it('prints every declared option with its description and allowed values, and exits 0', async () => {
    const result = await run(cwd, name, '--help');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^Käyttö: valmistelu ${name} \\[valinnat\\]`));
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(command?.summary);
    const listed = listedOptions(result.stdout);
    const declared: OptionDeclarations = { ...command?.options, ...commonOptions };
    expect([...listed.keys()].sort()).toEqual(
      [...Object.keys(declared).map((option) => `--${option}`), '--help'].sort(),
    );
    for (const [option, declaration] of Object.entries(declared)) {
      const text = listed.get(`--${option}`) ?? '';
      expect(text, option).toContain(declaration.description.split(' ').slice(0, 3).join(' '));
      const { choices } = declaration;
      if (choices) expect(text, option).toContain(`(arvot: ${choices.join(', ')})`);
    }
    for (const argument of command?.arguments ?? []) {
      expect(result.stdout.split('\n')[0]).toContain(`<${argument.name}${argument.variadic ? '...' : ''}>`);
      expect(result.stdout).toMatch(new RegExp(`^ {2}${argument.name} +${argument.description}`, 'm'));
    }
  });

  it('is the same as valmistelu help <command>', async () => {
    expect(await run(cwd, 'help', name)).toEqual(await run(cwd, name, '--help'));
  });

  it('refuses an unknown option in one Finnish line with exit code 2', async () => {
    const result = await run(cwd, name, ...positionalsOf(name), '--julkaise');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `--julkaise: tuntematon valinta; valmistelu ${name} --help näyttää valinnat\n`,
    });
  });

  it('refuses an option without its value in one Finnish line with exit code 2', async () => {
    const result = await run(cwd, name, ...positionalsOf(name), '--content');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: '--content: arvo puuttuu (--content HAKEMISTO)\n',
    });
  });
});

describe('values outside the declared ones', () => {
  const choices = Object.entries(commands).flatMap(([name, command]) =>
    Object.entries(command.options ?? {}).flatMap(([option, declaration]) =>
      declaration.choices ? [{ name, option, allowed: declaration.choices }] : [],
    ),
  );

  it('are declared for check, status, pack and new', () => {
    expect(choices.map(({ name, option }) => `${name} --${option}`).sort()).toEqual([
      'check --format',
      'new --kind',
      'new --language',
      'pack --edition',
      'status --format',
    ]);
  });

  it.each(choices)('$name --$option: refused in one Finnish line naming the allowed ones', async (choice) => {
    const result = await run(
      cwd,
      choice.name,
      ...positionalsOf(choice.name),
      '--content',
      '.',
      `--${choice.option}`,
      'kaikki',
    );
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `--${choice.option}: sallitut arvot ovat ${choice.allowed.join(', ')}\n`,
    });
  });

  it('refuses a kind of new file that is not declared', async () => {
    const result = await run(cwd, 'new', 'kokous', '--content', '.');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'laji: sallitut arvot ovat report, news, meeting, translation\n',
    });
  });
});

describe('arguments', () => {
  it('refuses a missing meeting in one Finnish line with exit code 2', async () => {
    const result = await run(cwd, 'pack', '--content', '.');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kokous puuttuu; valmistelu pack --help näyttää käytön\n',
    });
  });

  it('refuses arguments a command does not take', async () => {
    const result = await run(cwd, 'check', 'raportit', '--content', '.');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Liikaa argumentteja (raportit); valmistelu check --help näyttää käytön\n',
    });
  });

  it('names an unknown command, also after help', async () => {
    for (const argv of [['julkaise'], ['help', 'julkaise']]) {
      const result = await run(cwd, ...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Tuntematon komento "julkaise"\.\n\nKäyttö: valmistelu/);
    }
  });

  it('never lets commander’s English through', async () => {
    const lines = [
      ['build', '--julkaise'],
      ['build', '--out'],
      ['pack'],
      ['status', 'x'],
      ['check', '--format', 'junit'],
    ];
    for (const argv of lines) {
      const { stderr } = await run(cwd, ...argv);
      expect(stderr.replace(/--\S+/g, ''), argv.join(' ')).not.toMatch(english);
    }
  });
});

describe('values checked by their declaration', () => {
  it.each([
    [['--shard', '3/2'], '--shard: osan numeron I pitää olla 1–2 (annettu 3)'],
    [['--shard', '0/4'], '--shard: osan numeron I pitää olla 1–4 (annettu 0)'],
    [['--shard', 'kaksi'], '--shard: anna muodossa I/N, esimerkiksi 1/4 (annettu "kaksi")'],
    [
      ['--cache-url', 'https://example.com/x'],
      '--cache-url: anna muodossa s3://ämpäri/polku, esimerkiksi s3://valmistelu-cache/pdf (annettu "https://example.com/x")',
    ],
  ])(
    'build %j is refused in one Finnish line with exit code 2, before anything is read',
    async (given, line) => {
      expect(await run(cwd, 'build', ...given)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
    },
  );
});
