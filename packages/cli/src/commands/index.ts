import type { Command } from '../cli-io.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { newCommand } from './new.ts';
import { statusCommand } from './status.ts';

export const commands: Record<string, Command> = {
  check: checkCommand,
  build: buildCommand,
  status: statusCommand,
  new: newCommand,
};
