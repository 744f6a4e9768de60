/**
 * Paths in the CLI's messages. A folder the user named is printed as the user typed it:
 * `--out /tmp/x/out` stays `/tmp/x/out`, not the climb `../../../tmp/x/out` from the directory
 * the command runs in. A path the user did not name (a default, a folder found on the way) is
 * shown relative to that directory, unless that would climb out of it.
 */
import { join, relative, sep } from 'node:path';
import { type CommandContext, outDirOf } from './cli-io.ts';

/** Relative to where the user is, unless that means climbing out of it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' ? '.' : shown.split(sep)[0] === '..' ? path : shown;
}

/** A folder option for messages: the value as given, else the default's `displayPath`. */
export function shownFolder(given: unknown, resolved: string, cwd: string): string {
  return typeof given === 'string' && given !== '' ? given : displayPath(resolved, cwd);
}

/** `--out` for messages (`dist` when not given). */
export function shownOutDir(context: CommandContext): string {
  return shownFolder(context.values.out, outDirOf(context), context.io.cwd);
}

/** A file inside `folder`, under the folder's shown name: `/tmp/x/out/kokoukset/vate-2018-04.pdf`. */
export function shownFile(folderShown: string, folder: string, file: string): string {
  return join(folderShown, relative(folder, file));
}
