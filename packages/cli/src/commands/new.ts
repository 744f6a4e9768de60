import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dayProblem } from '@valmistelu/domain/dates';
import { type Command, contentDirOf } from '../cli-io.ts';
import { loadChecked } from '../load-checked.ts';
import { scaffoldMeeting } from '../scaffold/scaffold-meeting.ts';
import { scaffoldNews } from '../scaffold/scaffold-news.ts';
import { scaffoldReport } from '../scaffold/scaffold-report.ts';
import type { ScaffoldResult } from '../scaffold/scaffold-result.ts';
import { shownFile, shownFolder } from '../shown-path.ts';

const usage = `Käyttö:
  valmistelu new report --group <ryhmä> --kind interim|final
  valmistelu new news --title "Otsikko" [--date VVVV-KK-PP]
  valmistelu new meeting --body <toimielin> --date VVVV-KK-PP
`;

/** Today in the machine's own zone: the date a person typing the command means. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const newCommand: Command = {
  summary: 'luo uuden raportin, uutisen tai kokouksen pohjan',
  options: {
    group: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    body: { type: 'string' },
    date: { type: 'string' },
  },
  async run(context) {
    const { io, values, positionals } = context;
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const what = positionals[0];
    const date = text('date');
    if (date !== undefined && dayProblem(date)) {
      io.stderr(`--date: ${dayProblem(date)}\n`);
      return 2;
    }
    const contentDir = contentDirOf(context);
    const { loaded, errors } = await loadChecked(contentDir, io, false);
    if (errors > 0) {
      io.stderr('Korjaa sisällön virheet ennen uuden tiedoston luomista.\n');
      return 1;
    }
    let result: ScaffoldResult;
    const group = text('group');
    const kind = text('kind');
    const title = text('title');
    const body = text('body');
    if (what === 'report' && group && (kind === 'interim' || kind === 'final')) {
      result = scaffoldReport(loaded.content, group, kind);
    } else if (what === 'news' && title) {
      result = scaffoldNews(loaded.content, title, date ?? today());
    } else if (what === 'meeting' && body && date) {
      result = scaffoldMeeting(loaded.content, body, date);
    } else {
      io.stderr(usage);
      return 2;
    }
    if (!result.ok) {
      io.stderr(`${result.message}\n`);
      return 1;
    }
    const file = join(contentDir, result.path);
    const shown = shownFile(shownFolder(context.values.content, contentDir, io.cwd), contentDir, file);
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, result.text, { flag: 'wx' });
    } catch {
      io.stderr(`${shown} on jo olemassa; sitä ei korvattu.\n`);
      return 1;
    }
    io.stdout(`${shown}\n`);
    return 0;
  },
};
