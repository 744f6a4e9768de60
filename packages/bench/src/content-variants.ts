/**
 * Small variations of a generated content folder that some measurements need. Pure.
 */
import { parse } from 'yaml';
import type { ContentFiles } from './generate-content.ts';

/** The same content with no meeting packs: the steering body becomes a body without meetings. */
export function withoutPacks(files: ContentFiles): Map<string, string> {
  const site = files.get('site.yaml') ?? '';
  const steering = /^steeringBody:\s*(\S+)/m.exec(site)?.[1];
  const withMeetings = new Set(
    [...files]
      .filter(([path]) => path.startsWith('meetings/'))
      .map(([, text]) => (parse(text) as { body?: string } | null)?.body),
  );
  const bodies = (parse(files.get('bodies.yaml') ?? '') ?? []) as { id: string }[];
  const quiet = bodies.find((body) => body.id !== steering && !withMeetings.has(body.id));
  if (!quiet) return new Map(files);
  return new Map([...files, ['site.yaml', site.replace(/^steeringBody:.*$/m, `steeringBody: ${quiet.id}`)]]);
}

/** The meeting whose pack is largest: the one with the most reports on its agenda. */
export function largestMeeting(files: ContentFiles): string | undefined {
  let best: { id: string; reports: number } | undefined;
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const match = /^meetings\/([^/]+)\.yaml$/.exec(path);
    if (!match?.[1]) continue;
    const meeting = parse(text) as { agenda?: { reports?: string[] }[] } | null;
    const reports = (meeting?.agenda ?? []).reduce((sum, item) => sum + (item.reports?.length ?? 0), 0);
    if (!best || reports > best.reports) best = { id: match[1], reports };
  }
  return best?.id;
}

/** The first file of a folder edited as its author would: a sentence added at the end. */
function editedFirstIn(files: ContentFiles, folder: string, edit: number): [string, string] {
  const path = [...files.keys()].filter((key) => key.startsWith(`${folder}/`)).sort()[0];
  if (!path) throw new Error(`no file under ${folder}/ to edit`);
  return [path, `${files.get(path) ?? ''}\nMuokkaus ${edit}: lisätty virke.\n`];
}

/** One report edited as a preparer would. Returns its path and text. */
export function editedReport(files: ContentFiles, edit: number): [string, string] {
  return editedFirstIn(files, 'reports', edit);
}

/** One news item edited as the communications expert would. Returns its path and text. */
export function editedNews(files: ContentFiles, edit: number): [string, string] {
  return editedFirstIn(files, 'news', edit);
}

/**
 * The report `editedReport` edits, as it is: written back unchanged, the rebuild has nothing new
 * to show, and measures what every build costs however small the edit.
 */
export function unchangedReport(files: ContentFiles): [string, string] {
  const [path] = editedReport(files, 0);
  return [path, files.get(path) ?? ''];
}
