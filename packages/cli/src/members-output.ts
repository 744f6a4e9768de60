/**
 * Where the members' edition may be written: never inside a public output folder (one that
 * carries this tool's output marker, or the default `dist/` that `build` publishes), and never
 * where the location rules of every output forbid. The folder is not marked as an output, so that
 * no later `build` takes it over and publishes it.
 */
import { access } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type CommandContext, contentDirOf, repositoryRoot } from './cli-io.ts';
import { isWithin, realPathOf, refusalForLocation } from './output-location.ts';
import { outputFolderState, outputMarkerName } from './output-marker.ts';
import { displayPath, shownFolder } from './shown-path.ts';

/** The default folder of the members' edition, beside the public `dist/`. */
export const defaultMembersDir = 'jasenversio';

async function markedAncestor(dir: string): Promise<string | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    const marked = await access(join(current, outputMarkerName)).then(
      () => true,
      () => false,
    );
    if (marked) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** @returns the real path to write to and the folder as the user named it, or undefined after printing why not. */
export async function checkMembersOutput(
  context: CommandContext,
): Promise<{ outDir: string; shown: string } | undefined> {
  const { io, values } = context;
  const requested = resolve(io.cwd, typeof values.out === 'string' ? values.out : defaultMembersDir);
  const shown = shownFolder(values.out, requested, io.cwd);
  const refuse = (reason: string) => {
    io.stderr(
      `Jäsenten versiota ei kirjoiteta kansioon ${shown}: ${reason}. Valitse --out-valinnalla kansio julkisen tuloskansion ulkopuolelta.\n`,
    );
    return undefined;
  };
  const outDir = await realPathOf(requested);
  const location = await refusalForLocation(outDir, {
    contentDir: contentDirOf(context),
    repositoryRoot,
    homeDir: homedir(),
  });
  if (location) return refuse(location);
  const publicDefault = await realPathOf(resolve(io.cwd, 'dist'));
  if (isWithin(outDir, publicDefault)) return refuse('se on julkisen tuloskansion dist sisällä');
  const published = await markedAncestor(outDir);
  if (published)
    return refuse(
      `se on julkisen tuloskansion ${displayPath(published, io.cwd)} sisällä (tiedosto ${outputMarkerName})`,
    );
  if ((await outputFolderState(outDir)) === 'not-a-folder') return refuse('se ei ole kansio');
  return { outDir, shown };
}
