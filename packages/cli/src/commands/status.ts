import { relative } from 'node:path';
import { collectionLayouts, type LoadedContent } from '@valmistelu/content';
import { reportActions } from '@valmistelu/content/report-actions';
import { type TranslationNeed, translationTodos } from '@valmistelu/content/translation-status';
import { type ActionRollup, actionRollup, type RolledAction } from '@valmistelu/domain/actions';
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { countOf } from '@valmistelu/domain/finnish-count';
import { groupStateLabels, languageNames, reportKindLabels } from '@valmistelu/domain/labels';
import { type OverallStatus, overallStatus } from '@valmistelu/domain/status';
import { type StatusRecord, statusRecords } from '@valmistelu/domain/status-records';
import { cacheDirOf } from '../cache-folder.ts';
import { type Command, contentDirOf, type OptionDeclarations } from '../cli-io.ts';
import { loadPublished } from '../load-published.ts';
import { asOfDeclaration, asOfOption } from '../run-date.ts';

const dash = '–';

function formatRecord(record: StatusRecord): string {
  const last = record.lastReport
    ? `${reportKindLabels[record.lastReport.kind].toLowerCase()} ${record.lastReport.submitted ? formatFinnishDate(record.lastReport.submitted) : ''}`.trim()
    : dash;
  const next =
    record.nextDue && record.nextKind
      ? `${reportKindLabels[record.nextKind].toLowerCase()} ${formatFinnishDate(record.nextDue)}`
      : dash;
  return [
    `  ${record.stateLabel.padEnd(19)}${record.name}`,
    `      vastuuvalmistelija: ${record.responsibleName ?? dash} · viimeisin: ${last} · seuraava: ${next}`,
  ].join('\n');
}

/** The open actions by owner, the late ones marked, for the text report. */
function formatActions(rollup: ActionRollup): string {
  const lines = [
    `Avoimet toimenpiteet ${formatFinnishDate(rollup.asOf)}: ${countOf(rollup.open.length, 'avoin', 'avointa')}, ${rollup.late} myöhässä`,
  ];
  for (const group of rollup.byOwner) {
    lines.push(`  ${group.label}`);
    for (const action of group.actions) {
      const due = action.due ? formatFinnishDate(action.due) : dash;
      lines.push(
        `      ${due.padEnd(11)}${(action.late ? 'MYÖHÄSSÄ' : '').padEnd(10)}${action.title} (${action.reportTitle})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** An open action in `--format json`, with what the text shows of it. */
interface ActionRecord {
  title: string;
  report: string;
  reportTitle: string;
  group: string;
  owner: string | null;
  ownerName: string;
  due: string | null;
  state: RolledAction['state'];
  late: boolean;
}

/**
 * `--format json`: what the text shows, as data: the groups, the totals and the open actions
 * in the text's order (by owner, earliest due first).
 */
function statusJson(status: OverallStatus, records: StatusRecord[], rollup: ActionRollup) {
  const openActions = rollup.byOwner.flatMap((group) =>
    group.actions.map(
      (action): ActionRecord => ({
        title: action.title,
        report: action.report,
        reportTitle: action.reportTitle,
        group: action.group,
        owner: action.owner ?? null,
        ownerName: action.ownerName,
        due: action.due ?? null,
        state: action.state,
        late: action.late,
      }),
    ),
  );
  return { asOf: status.asOf, groups: records, counts: status.counts, openActions };
}

const needLabels: Record<TranslationNeed, string> = {
  missing: 'puuttuu',
  stale: 'vanhentunut',
  incomplete: 'keskeneräinen',
  unmarked: 'ei lähdettä',
};

/** `--translations`: what each other language still lacks, paths relative to the content folder. */
function translationReport(loaded: LoadedContent, format: 'text' | 'json'): string {
  const todos = translationTodos(loaded).map((todo) => ({
    ...todo,
    originalFile: relative(loaded.contentDir, todo.originalFile),
    translationFile: relative(loaded.contentDir, todo.translationFile),
  }));
  if (format === 'json') return `${JSON.stringify(todos, null, 2)}\n`;
  const languages = Object.keys(loaded.translations) as (keyof typeof languageNames)[];
  if (languages.length === 0)
    return 'Sivustolla on yksi kieli (site.yaml: languages); käännöksiä ei tarvita.\n';
  const lines: string[] = [];
  for (const language of languages) {
    const own = todos.filter((todo) => todo.language === language);
    lines.push(
      `Käännökset kielelle ${language} (${languageNames[language]}): ${countOf(own.length, 'kohde', 'kohdetta')} kesken`,
    );
    for (const todo of own) {
      const source = todo.need === 'missing' ? '' : `  source: ${todo.sourceHash}`;
      const listed = todo.collection !== 'site' && collectionLayouts[todo.collection].kind === 'list';
      const what = listed ? `${todo.translationFile} (${todo.id})` : todo.translationFile;
      lines.push(`  ${needLabels[todo.need].padEnd(15)}${what}${source}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const options = {
  'as-of': asOfDeclaration,
  translations: {
    type: 'boolean',
    description:
      'käännösten tilanne: puuttuvat, vanhentuneet (alkuperäinen muuttunut), keskeneräiset ja lähteettömät sekä source-arvo, joka ajan tasalla olevaan käännökseen merkitään',
  },
  format: {
    type: 'string',
    choices: ['text', 'json'],
    description:
      'text (oletus): luettava yhteenveto; json: ryhmät, yhteismäärät ja avoimet toimenpiteet koneelle',
  },
} as const satisfies OptionDeclarations;

export const statusCommand: Command<typeof options> = {
  summary: 'näyttää ryhmien tilanteen: aikataulussa, määräaika lähestyy, myöhässä, valmis',
  options,
  async run(context) {
    const { io, values } = context;
    const asOf = asOfOption(context);
    const format = values.format ?? 'text';
    if (asOf === false) return 2;
    // The status as published: drafts do not count.
    const published = await loadPublished(contentDirOf(context), await cacheDirOf(context), io, asOf, false);
    if (!published) return 1;
    const { loaded } = published;
    if (values.translations) {
      io.stdout(translationReport(loaded, format));
      return 0;
    }
    const status = overallStatus(loaded.content);
    const records = statusRecords(status, loaded.content.people);
    const rollup = actionRollup(loaded.content, reportActions(loaded), status.asOf);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(statusJson(status, records, rollup), null, 2)}\n`);
      return 0;
    }
    io.stdout(`Tilanne ${formatFinnishDate(status.asOf)}\n`);
    for (const line of status.lines) {
      io.stdout(
        `\n${line.line.shortName} ${line.line.name}: ${groupStateLabels[line.state].toLowerCase()}\n`,
      );
      for (const record of records.filter((candidate) => candidate.line === line.line.id)) {
        io.stdout(`${formatRecord(record)}\n`);
      }
    }
    const { counts } = status;
    io.stdout(
      `\nYhteensä ${countOf(records.length, 'ryhmä', 'ryhmää')}: ${counts.late} myöhässä, ${counts['due-soon']} määräaika lähestyy, ${counts['on-time']} aikataulussa, ${counts.done} valmiina.\n`,
    );
    io.stdout(`\n${formatActions(rollup)}`);
    return 0;
  },
};
