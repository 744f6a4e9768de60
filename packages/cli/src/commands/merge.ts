import { resolve } from 'node:path';
import { formatShard } from '@valmistelu/domain/shard';
import { publishAtomically } from '../atomic-output.ts';
import type { Command, OptionDeclarations } from '../cli-io.ts';
import { mergeShards } from '../merge-shards.ts';
import { checkOutput, foreignFolderMessage } from '../output-guard.ts';
import { isWithin, realPathOf } from '../output-location.ts';
import { outputFolderState } from '../output-marker.ts';
import { readShardMarker, type ShardMarker, shardMarkerName } from '../shard-output.ts';
import { shownOutDir } from '../shown-path.ts';
import { removeStaleBuilds } from '../stale-builds.ts';

const options = {
  force: {
    type: 'boolean',
    description: 'korvaa kansion, jota valmistelu ei ole koonnut (kuten build)',
  },
} as const satisfies OptionDeclarations;

/** A shard folder as given and what its marker says. */
interface GivenShard {
  shown: string;
  dir: string;
  marker: ShardMarker;
}

/** Every problem with the folders at once; none when they are the shards 1…N of one build. */
function shardSetProblems(shards: readonly GivenShard[]): string[] {
  const [first] = shards;
  if (!first) return [];
  const problems: string[] = [];
  const { count } = first.marker.shard;
  for (const { shown, marker } of shards.slice(1)) {
    if (marker.shard.count !== count)
      problems.push(
        `${shown}: osa ${formatShard(marker.shard)}, mutta ${first.shown} on osa ${formatShard(first.marker.shard)}`,
      );
    if (marker.asOf !== first.marker.asOf)
      problems.push(`${shown}: koottu päivälle ${marker.asOf}, ${first.shown} päivälle ${first.marker.asOf}`);
    if (marker.content !== first.marker.content)
      problems.push(`${shown}: koottu eri sisällöstä kuin ${first.shown}`);
  }
  if (problems.length > 0) return problems;
  const byIndex = new Map<number, string[]>();
  for (const { shown, marker } of shards)
    byIndex.set(marker.shard.index, [...(byIndex.get(marker.shard.index) ?? []), shown]);
  for (const [index, given] of byIndex) {
    if (given.length > 1)
      problems.push(`osa ${index}/${count} annettu ${given.length} kertaa: ${given.join(', ')}`);
  }
  const missing = Array.from({ length: count }, (_, at) => at + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0)
    problems.push(`osia puuttuu: ${missing.map((index) => `${index}/${count}`).join(', ')}`);
  return problems;
}

export const mergeCommand: Command<typeof options> = {
  summary: 'yhdistää osakoonnit (build --shard I/N) yhdeksi tulokseksi ja kokoaa sen hakuhakemiston',
  arguments: [
    { name: 'osakansiot', description: 'osakoontien kansiot, kaikki osat 1…N kerran', variadic: true },
  ],
  options,
  examples: ['pnpm valmistelu merge --out dist osa-1 osa-2 osa-3'],
  async run(context) {
    const { io } = context;
    const started = performance.now();
    const output = await checkOutput(context, { replaces: true });
    if (!output) return 2;
    const problems: string[] = [];
    const shards: GivenShard[] = [];
    for (const shown of context.positionals) {
      const dir = await realPathOf(resolve(io.cwd, shown));
      if (isWithin(dir, output.outDir) || isWithin(output.outDir, dir)) {
        problems.push(`${shown}: --out ei voi olla osakansio, sen ylä- eikä alakansio`);
        continue;
      }
      const state = await outputFolderState(dir);
      const marker = state === 'previous-output' ? await readShardMarker(dir) : undefined;
      if (state === 'absent') problems.push(`${shown}: kansiota ei ole`);
      else if (!marker)
        problems.push(
          `${shown}: ei valmistelun osakoonti (siitä puuttuu ${shardMarkerName}; kokoa se komennolla build --shard I/N)`,
        );
      else shards.push({ shown, dir, marker });
    }
    problems.push(...(problems.length === 0 ? shardSetProblems(shards) : []));
    if (problems.length > 0) {
      io.stderr(`Osakoonteja ei yhdistetty:\n${problems.map((problem) => `  ${problem}\n`).join('')}`);
      return 2;
    }
    await removeStaleBuilds(output.outDir);
    let conflicted = false;
    const result = await publishAtomically(
      output.outDir,
      async (tempDir) => {
        io.progress?.step('Osakoontien yhdistäminen');
        const ordered = [...shards].sort((a, b) => a.marker.shard.index - b.marker.shard.index);
        const conflicts = await mergeShards(
          ordered.map((shard) => shard.dir),
          tempDir,
        );
        if (conflicts.length > 0) {
          conflicted = true;
          const shownOf = new Map(shards.map((shard) => [shard.dir, shard.shown]));
          io.stderr(
            `Osakoonnit eivät ole samasta koonnista: ${conflicts.length} tiedostoa eroaa, esimerkiksi\n${conflicts
              .slice(0, 10)
              .map(
                ({ path, shards: [a, b] }) =>
                  `  ${path}: eri tavut kansioissa ${shownOf.get(a)} ja ${shownOf.get(b)}\n`,
              )
              .join('')}Kokoa osat uudelleen samasta sisällöstä.\n`,
          );
          return false;
        }
        io.progress?.step('Hakuhakemisto');
        const { indexForSearch } = await import('@valmistelu/site/search');
        await indexForSearch(tempDir);
        return true;
      },
      { force: context.values.force === true },
    );
    if (result === 'refused') {
      io.stderr(foreignFolderMessage(shownOutDir(context)));
      return 2;
    }
    if (result === 'failed') {
      if (!conflicted) io.stderr('Yhdistäminen epäonnistui. Aiempi julkaisu on ennallaan.\n');
      else io.stderr('Aiempi julkaisu on ennallaan.\n');
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(`${shards.length} osaa yhdistetty kansioon ${shownOutDir(context)} (${seconds} s).\n`);
    return 0;
  },
};
