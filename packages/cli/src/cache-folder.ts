/**
 * The tool's cache folder (`--cache`, default `<repo>/.cache`): claimed with a marker file when a
 * command first uses it, and removed by `valmistelu clean` only when it holds that marker, so that
 * a mistyped `--cache` can never make `clean` delete a folder of the user's.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CommandContext, cacheOptionOf } from './cli-io.ts';
import { UsageError } from './usage-errors.ts';

/** The file that says a folder is this tool's cache. */
export const cacheMarker = '.valmistelu-cache';

/** What the tool writes in its cache folder (README, "Caches"): a folder of only these is its own. */
const cacheEntries = new Set(['content', 'pdf', 'site', cacheMarker]);

const markerText = 'valmistelu: tämä kansio on välimuisti; `pnpm valmistelu clean` poistaa sen.\n';

/**
 * The cache folder of this command, marked as the tool's. A folder that exists without the marker
 * is claimed only when it holds nothing but the tool's own caches (a cache from before the marker);
 * any other is refused, so that `clean` never removes it.
 */
export async function cacheDirOf(context: CommandContext): Promise<string> {
  const dir = cacheOptionOf(context);
  if (existsSync(join(dir, cacheMarker))) return dir;
  const entries = await readdir(dir).catch(() => [] as string[]);
  const foreign = entries.filter((name) => !cacheEntries.has(name));
  if (foreign.length > 0) {
    throw new UsageError(
      `--cache ${dir}: kansio ei ole valmistelun välimuisti (siinä on ${foreign.slice(0, 3).join(', ')}); anna tyhjä tai uusi kansio`,
    );
  }
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, cacheMarker), markerText);
  return dir;
}

/** Removes the cache folder; refuses a folder without the marker. False when there was none. */
export async function removeCacheDir(context: CommandContext): Promise<boolean> {
  const dir = cacheOptionOf(context);
  if (!existsSync(dir)) return false;
  if (!existsSync(join(dir, cacheMarker))) {
    throw new UsageError(
      `--cache ${dir}: kansiossa ei ole valmistelun välimuistin merkkiä (${cacheMarker}), joten sitä ei poisteta`,
    );
  }
  await rm(dir, { recursive: true, force: true });
  return true;
}
