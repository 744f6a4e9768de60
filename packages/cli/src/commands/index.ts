import type { Command } from '../cli-io.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';

export const commands: Record<string, Command> = {
  check: checkCommand,
  build: buildCommand,
};
