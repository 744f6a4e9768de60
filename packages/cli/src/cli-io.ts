import { resolve } from 'node:path';
import type { ProgressDisplay } from './progress/terminal-progress.ts';

/** Where a command writes, and the directory its relative paths are relative to. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress of long work, for a person at a terminal; absent in CI, in pipes and in tests. */
  progress?: ProgressDisplay;
}

/**
 * One option of a command as declared: the parser, the command's help and the type of its value
 * all come from it (`cli-program.ts`).
 */
export interface OptionDeclaration {
  type: 'string' | 'boolean';
  /** The option's line in the help, in Finnish. */
  description: string;
  /** The value's name in the help: `HAKEMISTO` in `--out <HAKEMISTO>`; else the choices, `<text|json>`. */
  valueName?: string;
  /** The only values accepted; any other is refused before the command runs, with exit code 2. */
  choices?: readonly string[];
  /**
   * What is wrong with a given value, in Finnish, or undefined when it is fine: a wrong one is
   * refused before the command runs, as a value outside `choices` is (`--shard 3/2`).
   */
  problem?: (given: string) => string | undefined;
}

export type OptionDeclarations = Readonly<Record<string, OptionDeclaration>>;

/** A positional argument, required: `pack <kokous>`; with `variadic`, one or more: `merge <osakansiot...>`. */
export interface ArgumentDeclaration {
  name: string;
  description: string;
  choices?: readonly string[];
  variadic?: boolean;
}

/** The options every command takes. */
export const commonOptions = {
  content: { type: 'string', valueName: 'HAKEMISTO', description: 'sisältökansio (oletus: content)' },
  cache: {
    type: 'string',
    valueName: 'HAKEMISTO',
    description: 'välimuistikansio (oletus: repositorion .cache); `clean` poistaa sen',
  },
  out: {
    type: 'string',
    valueName: 'HAKEMISTO',
    description:
      'build, merge, pdf, pack: tuloskansio (oletus: dist); ei koskaan sisältökansio, sen ylä- tai alakansio, repositorion juuri, kotikansio eikä tiedostojärjestelmän juuri',
  },
} as const satisfies OptionDeclarations;

type ValueOf<D> = D extends { type: 'boolean' }
  ? boolean
  : D extends { choices: readonly (infer Choice)[] }
    ? Choice
    : D extends { type: 'string' }
      ? string
      : string | boolean;

/** The parsed options, typed by their declarations; an option not given is undefined. */
export type OptionValues<Options extends OptionDeclarations = OptionDeclarations> = {
  [Name in keyof Options | keyof typeof commonOptions]?: ValueOf<(Options & typeof commonOptions)[Name]>;
};

export interface CommandContext<Options extends OptionDeclarations = OptionDeclarations> {
  values: OptionValues<Options>;
  positionals: string[];
  io: CliIo;
}

export interface Command<Options extends OptionDeclarations = OptionDeclarations> {
  /** One line: the command's entry in `valmistelu --help` and the start of its own help. */
  summary: string;
  arguments?: readonly ArgumentDeclaration[];
  options?: Options;
  /** Whole command lines shown under "Esimerkit:" in the command's help. */
  examples?: readonly string[];
  run(context: CommandContext<Options>): Promise<number>;
}

/** The content folder: `--content`, else `content/` of the directory the user is in. */
export function contentDirOf(context: CommandContext): string {
  const value = context.values.content;
  return typeof value === 'string' ? resolve(context.io.cwd, value) : defaultContentDir;
}

/** `--out` as given, resolved against the current directory but with symbolic links kept. */
export function outDirOf(context: CommandContext): string {
  const value = context.values.out;
  return resolve(context.io.cwd, typeof value === 'string' ? value : 'dist');
}

/** The repository this command belongs to; an output folder may never be or contain it. */
export const repositoryRoot = resolve(import.meta.dirname, '../../..');

/** The repository's own content (the Satakunta organisation), wherever the command runs from. */
export const defaultContentDir = resolve(repositoryRoot, 'content');

/**
 * Where every cache of the tool lives unless `--cache` says otherwise: the library packages take
 * the folder as a parameter, and only the CLI chooses it (README, "Caches").
 */
export const defaultCacheDir = resolve(repositoryRoot, '.cache');

/** The cache folder as given: `--cache`, else the repository's `.cache/`. Claimed by `cache-folder.ts`. */
export function cacheOptionOf(context: CommandContext): string {
  const value = context.values.cache;
  return typeof value === 'string' ? resolve(context.io.cwd, value) : defaultCacheDir;
}
