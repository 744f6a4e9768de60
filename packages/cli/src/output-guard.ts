/**
 * The first step of every command that writes an output folder: decides from `--out`, before
 * anything is written, whether the folder may be used, and says why not in Finnish.
 */
import { homedir } from 'node:os';
import { type CommandContext, contentDirOf, outDirOf, repositoryRoot } from './cli-io.ts';
import { realPathOf, refusalForLocation } from './output-location.ts';
import { type OutputFolderState, outputFolderState, outputMarkerName } from './output-marker.ts';
import { shownOutDir } from './shown-path.ts';

export interface CheckedOutput {
  /** The real path (symbolic links resolved) that the command writes to. */
  outDir: string;
  state: OutputFolderState;
}

/**
 * @param replaces true when the command replaces the whole folder (`build`): then an existing
 * folder must be empty or a previous output, unless `--force` is given. `--force` never lifts the
 * location rules.
 * @returns undefined after printing the refusal.
 */
export async function checkOutput(
  context: CommandContext,
  { replaces }: { replaces: boolean },
): Promise<CheckedOutput | undefined> {
  const { io } = context;
  const requested = outDirOf(context);
  const shown = shownOutDir(context);
  const refuse = (reason: string) => {
    io.stderr(`Tuloskansioksi ei käy ${shown}: ${reason}. Valitse --out-valinnalla toinen kansio.\n`);
    return undefined;
  };
  const outDir = await realPathOf(requested);
  const location = await refusalForLocation(outDir, {
    contentDir: contentDirOf(context),
    repositoryRoot,
    homeDir: homedir(),
  });
  if (location) return refuse(location);
  const state = await outputFolderState(outDir);
  if (state === 'not-a-folder') return refuse('se ei ole kansio');
  if (replaces && state === 'foreign' && context.values.force !== true) {
    io.stderr(foreignFolderMessage(shown));
    return undefined;
  }
  return { outDir, state };
}

export function foreignFolderMessage(shown: string): string {
  return `Kansio ${shown} ei ole tyhjä eikä valmistelun aiempi tulos (siitä puuttuu tiedosto ${outputMarkerName}), joten sitä ei korvata. Valitse uusi tai tyhjä kansio, tai korvaa se tarkoituksella valinnalla --force.\n`;
}
