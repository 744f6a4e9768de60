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

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  io: CliIo;
}

export interface Command {
  summary: string;
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run(context: CommandContext): Promise<number>;
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
