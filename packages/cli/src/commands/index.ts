import type { Command } from '../cli-io.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { cleanCommand } from './clean.ts';
import { devCommand } from './dev.ts';
import { formatCommand } from './format.ts';
import { mergeCommand } from './merge.ts';
import { newCommand } from './new.ts';
import { packCommand } from './pack.ts';
import { pdfCommand } from './pdf.ts';
import { statusCommand } from './status.ts';

export const commands: Record<string, Command> = {
  check: checkCommand,
  build: buildCommand,
  merge: mergeCommand,
  pdf: pdfCommand,
  pack: packCommand,
  status: statusCommand,
  dev: devCommand,
  new: newCommand,
  format: formatCommand,
  clean: cleanCommand,
};
