import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { dayProblem } from '@valmistelu/domain/dates';
import { cacheDirOf } from '../cache-folder.ts';
import { type CliIo, type Command, contentDirOf, type OptionDeclarations } from '../cli-io.ts';
import { checkContent, loadChecked } from '../load-checked.ts';
import { textReport } from '../reporters/text-reporter.ts';
import { scaffoldMeeting } from '../scaffold/scaffold-meeting.ts';
import { scaffoldNews } from '../scaffold/scaffold-news.ts';
import { scaffoldReport } from '../scaffold/scaffold-report.ts';
import type { ScaffoldResult } from '../scaffold/scaffold-result.ts';
import { scaffoldTranslation } from '../scaffold/scaffold-translation.ts';
import { shownFile, shownFolder } from '../shown-path.ts';

/** What each kind needs; the help's examples and the message when something is missing. */
const examples = [
  'valmistelu new report --group <ryhmä> --kind interim|final',
  'valmistelu new news --title "Otsikko" [--date VVVV-KK-PP]',
  'valmistelu new meeting --body <toimielin> --date VVVV-KK-PP',
  'valmistelu new translation --file meetings/<kokous>.yaml [--language sv]',
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
  file: {
    type: 'string',
    valueName: 'TIEDOSTO',
    description: 'translation: käännettävä tiedosto sisältökansiossa, esim. meetings/vate-2018-04.yaml',
  },
  language: {
    type: 'string',
    choices: ['sv', 'fi'],
    description: 'translation: käännöksen kieli (oletus: site.yaml:n languages-luettelon toinen)',
  },
} as const satisfies OptionDeclarations;

/** Today in the machine's own zone: the date a person typing the command means. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A meeting's missing translation is what `new translation` makes: that error does not stop it. */
async function loadForTranslation(contentDir: string, cacheDir: string, io: CliIo) {
  const checked = await checkContent(contentDir, cacheDir);
  const blocking = checked.messages.filter(
    (message) => message.severity === 'error' && message.ruleId !== 'translation/required',
  );
  io.stdout(textReport(blocking, io.cwd));
  return { loaded: checked.loaded, errors: blocking.length };
}

export const newCommand: Command<typeof options> = {
  summary: 'luo uuden raportin, uutisen, kokouksen tai käännöksen pohjan',
  arguments: [
    { name: 'laji', description: 'mitä luodaan', choices: ['report', 'news', 'meeting', 'translation'] },
  ],
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
    const cacheDir = await cacheDirOf(context);
    const { loaded, errors } =
      what === 'translation'
        ? await loadForTranslation(contentDir, cacheDir, io)
        : await loadChecked(contentDir, cacheDir, io, false);
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
    } else if (what === 'translation' && values.file) {
      // `content/meetings/x.yaml` from the repository and `meetings/x.yaml` both name the file.
      const fromCwd = resolve(io.cwd, values.file);
      const file = fromCwd.startsWith(`${contentDir}${sep}`) ? fromCwd : resolve(contentDir, values.file);
      result = scaffoldTranslation(loaded, file, values.language);
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
