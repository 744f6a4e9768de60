import type { Command } from '../cli-io.ts';
import { checkCommand } from './check.ts';

export const commands: Record<string, Command> = {
  check: checkCommand,
};
