import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dayProblem } from '@valmistelu/domain/dates';
import { cacheDirOf } from '../cache-folder.ts';
import { type Command, contentDirOf, type OptionDeclarations } from '../cli-io.ts';
import { loadChecked } from '../load-checked.ts';
import { scaffoldMeeting } from '../scaffold/scaffold-meeting.ts';
import { scaffoldNews } from '../scaffold/scaffold-news.ts';
import { scaffoldReport } from '../scaffold/scaffold-report.ts';
import type { ScaffoldResult } from '../scaffold/scaffold-result.ts';
import { shownFile, shownFolder } from '../shown-path.ts';

/** What each kind needs; the help's examples and the message when something is missing. */
const examples = [
  'valmistelu new report --group <ryhmä> --kind interim|final',
  'valmistelu new news --title "Otsikko" [--date VVVV-KK-PP]',
  'valmistelu new meeting --body <toimielin> --date VVVV-KK-PP',
];
const usage = `Käyttö:\n${examples.map((line) => `  ${line}\n`).join('')}`;

const options = {
  group: {
    type: 'string',
    valueName: 'RYHMÄ',
    description: 'report: ryhmän tunniste (tiedoston nimi kansiossa groups/)',
  },
  kind: {
    type: 'string',
    choices: ['interim', 'final'],
    description: 'report: väliraportti tai loppuraportti',
  },
  title: { type: 'string', valueName: 'OTSIKKO', description: 'news: uutisen otsikko' },
  body: { type: 'string', valueName: 'TOIMIELIN', description: 'meeting: toimielimen tunniste' },
  date: {
    type: 'string',
    valueName: 'VVVV-KK-PP',
    description: 'meeting: kokouksen päivä; news: julkaisupäivä (oletus: tänään)',
  },
} as const satisfies OptionDeclarations;

/** Today in the machine's own zone: the date a person typing the command means. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const newCommand: Command<typeof options> = {
  summary: 'luo uuden raportin, uutisen tai kokouksen pohjan',
  arguments: [{ name: 'laji', description: 'mitä luodaan', choices: ['report', 'news', 'meeting'] }],
  options,
  examples,
  async run(context) {
    const { io, values, positionals } = context;
    const what = positionals[0];
    const { date } = values;
    if (date !== undefined && dayProblem(date)) {
      io.stderr(`--date: ${dayProblem(date)}\n`);
      return 2;
    }
    const contentDir = contentDirOf(context);
    const { loaded, errors } = await loadChecked(contentDir, await cacheDirOf(context), io, false);
    if (errors > 0) {
      io.stderr('Korjaa sisällön virheet ennen uuden tiedoston luomista.\n');
      return 1;
    }
    let result: ScaffoldResult;
    const { group, kind, title, body } = values;
    if (what === 'report' && group && kind) {
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
